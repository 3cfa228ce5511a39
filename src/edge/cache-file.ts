/// <reference types="node" />
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Entry } from './feeds.js';

/**
 * `--cache-file`: the last good copies and their validators, kept in one JSON file across
 * restarts so a restarted edge revalidates (a 304 for an unchanged feed) instead of refetching.
 * One machine's convenience, not a shared cache: past one machine, the HTTP cache in front is.
 */

const VERSION = 1;

interface StoredEntry extends Omit<Entry, 'body'> {
  key: string;
  /** The feed's configuration when written (a named feed's URL may change between runs). */
  fingerprint: string;
  body: string;
}

/** Writes `entries` whole, through a temporary file and a rename, so a crash leaves the old file. */
export function writeCacheFile(path: string, entries: Iterable<[string, Entry]>, fingerprint: (key: string) => string): void {
  const stored: StoredEntry[] = [];
  for (const [key, entry] of entries) stored.push({ ...entry, key, fingerprint: fingerprint(key), body: entry.body.toString('utf8') });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: VERSION, entries: stored }), { mode: 0o600 });
  renameSync(temporary, path);
}

/**
 * The entries of a cache file whose feed is configured as it was when they were written; none
 * when there is no file yet. Throws on a file that cannot be read or is not one of ours.
 */
export function readCacheFile(path: string, fingerprint: (key: string) => string): [string, Entry][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as { version?: unknown; entries?: unknown };
  if (parsed?.version !== VERSION || !Array.isArray(parsed.entries)) throw new Error('not a cache file of this edge version');
  const entries: [string, Entry][] = [];
  for (const stored of parsed.entries as StoredEntry[]) {
    if (!isStoredEntry(stored) || stored.fingerprint !== fingerprint(stored.key)) continue;
    const { key, fingerprint: _fingerprint, body, ...entry } = stored;
    entries.push([key, { ...entry, body: Buffer.from(body, 'utf8') }]);
  }
  return entries;
}

function isStoredEntry(value: StoredEntry): boolean {
  return typeof value === 'object' && value !== null
    && typeof value.key === 'string' && typeof value.fingerprint === 'string' && typeof value.body === 'string'
    && typeof value.etag === 'string' && Number.isFinite(value.fetchedAt) && Number.isFinite(value.ttl)
    && typeof value.validators === 'object' && value.validators !== null
    && typeof value.cacheHeaders === 'object' && value.cacheHeaders !== null;
}
