import type { Answer, Endpoints } from '../../mocks/mock-fetch.js';

// What the stories' endpoints answer (through mocks/mock-fetch.ts), from the fixtures the
// tests use. One URL, one behaviour, in every story: a docs page renders many stories at once.

export const SEED_LATEST = 'https://sarbaz.example/api/latest.json';
export const SEED_ARTICLE = 'https://sarbaz.example/api/news/bagdad-i-vashington.json';
/** A feed where some items have pictures and some do not (rss2json), for grids and thumbnails. */
export const WITH_IMAGES = 'https://api.rss2json.com/v1/api.json?rss_url=https%3A%2F%2Fsarbaz.example%2Fru%2Frss.xml';
export const RECENT = 'https://sarbaz.example/api/latest.json?recent';

export const SLOW = 'https://sarbaz.example/api/slow.json';
export const EMPTY = 'https://sarbaz.example/api/empty.json';
export const NOT_FOUND = 'https://sarbaz.example/api/moved.json';
export const SERVER_ERROR = 'https://sarbaz.example/api/broken.json';
export const HANGS = 'https://sarbaz.example/api/hangs.json';
export const LOGIN_PAGE = 'https://sarbaz.example/api/private.json';
export const UNREACHABLE = 'https://news.unreachable.example/api/latest.json';
export const FLAKY = 'https://sarbaz.example/api/flaky.json';
export const FLAKY_ARTICLE = 'https://sarbaz.example/api/news/flaky.json';

const seed: Answer = { fixture: 'seed/latest.json' };
const article: Answer = { fixture: 'seed/article.json', standInImages: true };
const serverError: Answer = { status: 500, body: { error: 'Internal Server Error' } };

export const seedEndpoints: Endpoints = {
  [SEED_LATEST]: seed,
  [SEED_ARTICLE]: article,
  [WITH_IMAGES]: { fixture: 'shapes/rss2json.json', standInImages: true },
  [RECENT]: { fixture: 'seed/latest.json', recentDates: 4 },
};

export const stateEndpoints: Endpoints = {
  // Answers after 8 s: longer than anyone waits to see the skeleton, shorter than the 10 s timeout.
  [SLOW]: { ...seed, delay: 8000 },
  [EMPTY]: { body: { version: 'https://jsonfeed.org/version/1.1', title: 'Sarbaz.kz', items: [] } },
  [NOT_FOUND]: { status: 404, type: 'text/html; charset=utf-8', body: '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>' },
  [SERVER_ERROR]: serverError,
  [HANGS]: { hang: true },
  // 200, but a sign-in page instead of JSON: what a misconfigured proxy or CMS answers.
  [LOGIN_PAGE]: { type: 'text/html; charset=utf-8', body: '<!doctype html><html><body><form action="/login"><input name="user"><input name="password" type="password"></form></body></html>' },
  [UNREACHABLE]: { networkError: true },
  // Good once, then down: a refresh fails and the last good items stay.
  [FLAKY]: [seed, serverError],
  [FLAKY_ARTICLE]: [article, serverError],
};
