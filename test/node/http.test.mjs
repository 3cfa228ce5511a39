import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryAfterSeconds, statusAdvice, statusClass } from '../../dist/lib/data/fetch/http-failure.js';

// What HTTP means for a feed, shared by the browser's fetchFeed and the edge (src/data/fetch/http.ts).
describe('http: Retry-After and the advice per status', () => {
  const now = Date.parse('2026-01-21T13:21:00Z');

  it('reads Retry-After as delay seconds, rounded up, or as an HTTP date against the clock it is given', () => {
    assert.equal(retryAfterSeconds('120', now), 120);
    assert.equal(retryAfterSeconds('1.2', now), 2);
    assert.equal(retryAfterSeconds('Wed, 21 Jan 2026 13:22:40 GMT', now), 100);
    assert.equal(retryAfterSeconds('Wed, 21 Jan 2026 13:20:00 GMT', now), 0);
  });

  it('reads nothing from what is neither: absent, empty, negative or a bare number in another form', () => {
    for (const header of [undefined, null, '', '  ', '-5', '1e3', 'soon']) assert.equal(retryAfterSeconds(header, now), undefined, String(header));
  });

  it('classes statuses once, and tells a page what it can fix, or whoever passes its own fix text (the edge)', () => {
    assert.deepEqual([404, 410, 401, 403, 429, 500, 503, 418].map(statusClass), ['not-found', 'not-found', 'refused', 'refused', 'rate-limited', 'failed', 'failed', 'failed']);
    assert.match(statusAdvice(404, 'https://x.example/feed', undefined), /^No feed at https:\/\/x\.example\/feed \(HTTP 404\): check the src address\.$/);
    assert.match(statusAdvice(403, 'https://x.example/feed', undefined), /a key must never be written into a page/);
    assert.equal(statusAdvice(503, 'u', undefined), 'u answered HTTP 503: the endpoint failed; this is usually temporary.');
    assert.equal(statusAdvice(429, 'u', 900), 'u is limiting requests (HTTP 429); it asks to wait 900 s.');
    // The edge's own wording is held by test/edge/upstream.test.mjs, through the problems it answers with.
    const fix = { 'not-found': 'look elsewhere.', refused: 'ask nicely.', failed: 'it broke' };
    assert.equal(statusAdvice(410, 'feeds/news', undefined, fix), 'No feed at feeds/news (HTTP 410): look elsewhere.');
    assert.equal(statusAdvice(401, 'feeds/news', undefined, fix), 'feeds/news refused access (HTTP 401): ask nicely.');
    assert.equal(statusAdvice(502, 'feeds/news', undefined, fix), 'feeds/news answered HTTP 502: it broke.');
    assert.equal(statusAdvice(418, 'feeds/news', undefined, fix), 'feeds/news answered HTTP 418.');
  });
});
