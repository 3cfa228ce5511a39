import type { Integrity } from '../embed/snippet.js';

/** What the edge tells its builder page (as inert JSON in the page): shown to partners, so no secret. */
export interface BuilderConfig {
  version: string;
  /** Where partners' pages reach this edge, without a trailing slash. */
  edge: string;
  /** Where this edge serves the package's built files: `<edge>/v<version>/`. */
  dist: string;
  /** The named feeds, in the configuration's order. */
  feeds: { name: string; title?: string; description?: string }[];
  /** Origins an address may be on (`--allow`); empty: named feeds only. */
  allow: string[];
  integrity: Integrity;
}

/** The id of the `<script type="application/json">` holding the configuration. */
export const CONFIG_ID = 'news-widgets-builder-config';
