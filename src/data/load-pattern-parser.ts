import { hasPatternParser } from './dates.js';

/** Loads date-fns `parse` (a separate chunk in the script-tag ES module) for `dateInputFormat`. */
export async function loadPatternParser(): Promise<void> {
  if (!hasPatternParser()) await import('./date-pattern.js');
}
