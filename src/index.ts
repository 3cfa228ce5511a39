// The package entry registers date-fns `parse`, so normalizeFeed reads dateInputFormat synchronously.
import './data/dates/date-pattern.js';

export type { Feed, FieldMap, Link, MapField, NewsImage, NewsItem, NormalizeOptions } from './data/types.js';
export { MAP_FIELDS } from './data/types.js';
export { FeedError, isFeedError, type FeedErrorKind } from './data/errors.js';
export { normalizeFeed } from './data/read/normalize.js';
export { fetchFeed, clearFeedCache, type FetchFeedOptions } from './data/fetch/fetch-feed.js';
export { parseDate } from './data/dates/dates.js';
export { loadPatternParser } from './data/dates/load-pattern-parser.js';
export { safeUrl } from './data/urls.js';
export { NewsLatestList, type ListLayout } from './components/latest-list/latest-list.js';
export { NewsLoadEvent, NewsErrorEvent, NewsItemClickEvent, NewsImpressionEvent, type ItemEventDetail, type SourceResult } from './events.js';
export { NewsArticleCard, type CardLayout } from './components/article-card/article-card.js';
export { NewsSourceAttribution, type AttributionWording, type AttributionVariant } from './components/source-attribution/source-attribution.js';
