import { FeedError } from '../errors.js';

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Splits a dot path, refusing segments that would reach an object's prototype. */
export function parsePath(path: string): string[] {
  const segments = path.split('.');
  if (!path || segments.some((segment) => !segment || FORBIDDEN_SEGMENTS.has(segment))) {
    throw new FeedError('config', `"${path}" is not a usable path: write field names separated by dots, such as "data.items" or "title.rendered".`);
  }
  return segments;
}

/** Follows parsed path segments through own properties only; numeric segments index arrays. */
export function getAt(root: unknown, segments: readonly string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (FORBIDDEN_SEGMENTS.has(segment) || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** `getAt` for a dot path written in code, e.g. `get(item, 'title.rendered')`. */
export function get(root: unknown, path: string): unknown {
  return getAt(root, path.split('.'));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first own property of `record` among `keys` that is not null/undefined/empty string. */
export function pick(record: unknown, keys: readonly string[]): unknown {
  if (!isRecord(record)) return undefined;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}
