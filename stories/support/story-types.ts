import type { Endpoints } from '../../mocks/mock-fetch.js';
import type { Surface } from '../../.storybook/preview.js';

/**
 * The parameters these stories use besides Storybook's own. `settle` says how the story's
 * feed widgets end, for the story tests (test/stories/stories.test.ts) and the screenshots:
 * `load` (the default: every widget fires news-load, none fires news-error), `error` (every
 * one fires news-error), `stale` (news-load, then a news-error with `stale`), `loading` (no
 * answer while the story is looked at: the skeleton shows).
 */
export interface StoryParameters {
  endpoints?: Endpoints;
  surface?: Surface;
  settle?: 'load' | 'error' | 'stale' | 'loading';
  /** The shape `news-load` must report (endpoint-shape stories). */
  shape?: string;
}
