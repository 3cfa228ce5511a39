import { hasPatternParser } from './dates.js';
import { FeedError } from '../errors.js';

/** Loads date-fns `parse` (a separate chunk in the script-tag ES module) for `dateInputFormat`. */
export async function loadPatternParser(): Promise<void> {
  if (hasPatternParser()) return;
  try {
    await import('./date-pattern.js');
  } catch (cause) {
    // dist/news-latest-list.iife.js leaves the parser out; a chunk can also fail to load.
    throw new FeedError('config', 'date-input-format needs the date pattern parser, which this script does not have: use dist/news-widgets.iife.js or dist/news-widgets.js, or leave date-input-format out (ISO 8601, RFC 2822, "dd/MM/yyyy - HH:mm" and unix times are read without it).', { cause });
  }
}
