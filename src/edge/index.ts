/**
 * news-widgets/edge: the feed edge, a Node server for the endpoints a browser cannot read
 * (no CORS, a secret key, an origin that cannot take every reader). Node only: never
 * imported by the browser entries.
 */
export { createEdge, type Edge } from './edge.js';
export { EdgeConfigError, DEFAULTS, type EdgeConfig, type FeedConfig } from './config.js';
export { EdgeProblem, PROBLEM_BASE, type ProblemType } from './problem.js';
export { EXTENSION as JSON_FEED_EXTENSION, toJsonFeed } from '../data/feeds/json-feed.js';
