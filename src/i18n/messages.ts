import type { FeedErrorKind } from '../data/errors.js';

/** Every UI string, per language. A missing Kazakh string is a type error, not a blank. */
export interface Messages {
  /** The list's default heading. */
  latestNews: string;
  /** Accessible name of the loading skeleton. */
  loading: string;
  /** Shown when a feed has no items (or none match the rubric filter). */
  empty: string;
  /** First line of the error state. */
  errorTitle: string;
  /** Second line: what went wrong, in words a reader understands. */
  errors: Record<FeedErrorKind, string>;
  retry: string;
  showMore: string;
  /** Accessible description of the show-more button: how many are left. */
  remaining: (count: number) => string;
  /** After a failed refresh, beside the last good items. */
  stale: string;
  /** The card's version of `stale`: one story, not a list. */
  staleStory: string;
  /** Polite announcement after a refresh brought new items. */
  newItems: (count: number) => string;
  /** Screen-reader label before an author's name. */
  author: string;
  /** Screen-reader label before a rubric. */
  rubric: string;
  readMore: string;
  /** "and", to join cited sources ("Jerusalem Post и Reuters"). */
  and: string;
  /** Short attribution: outlet and the already-joined cited sources. */
  citing: (outlet: string, cites: string) => string;
  /** Full attribution sentence ("передает …, со ссылкой на …"). */
  reports: (outlet: string, cites: string) => string;
  /** Attribution with an outlet and nobody cited ("передает Sarbaz.kz"). */
  reportsOnly: (outlet: string) => string;
  /** Attribution with cited sources but no outlet. */
  citingOnly: (cites: string) => string;
  /** The article card's empty state: the chosen story is not in the feed. */
  articleMissing: string;
  /** The button that shows the items a refresh brought while the reader was in the list ("3 новых материала"). */
  newStories: (count: number) => string;
  /** Screen-reader label before an item's source, in a list fed with several. */
  source: string;
  /** A list fed with several sources, some of which failed: `names` already joined. */
  sourcesUnavailable: (names: string, count: number) => string;
  /** `aria-roledescription` of the ticker and the carousel, and of one of their items. */
  carousel: string;
  slide: string;
  /** A slide's label: its place in the row ("3 из 10"). */
  slideLabel: (position: number, total: number) => string;
  /** The rotation control, while rotating and while stopped. */
  pause: string;
  play: string;
  previous: string;
  next: string;
}

/**
 * The strings only `<news-article-card>` and `<news-source-attribution>` show, kept in a module
 * per language (`<lang>-story.ts`) that every `Messages` object spreads in: a module of their own
 * so dist/news-latest-list.iife.js, which has neither element, leaves them out (build/plugins.ts).
 */
export type StoryMessages = Pick<Messages, 'staleStory' | 'readMore' | 'articleMissing' | 'citing' | 'reports' | 'reportsOnly' | 'citingOnly'>;

