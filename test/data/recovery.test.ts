import { expect } from '@open-wc/testing';
import { clearFeedCache, fetchFeed, normalizeFeed, type Feed } from '../../src/index.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { fixtureJson } from '../support/fixtures.js';

// Feeds that are not well-formed, each served with its own Content-Type, read by fetchFeed in the
// browser: the same feed, item for item, as Node reads them through the edge's path
// (test/node/recovery.test.mjs records both into test/fixtures/recovery/readings.json).
const types = (await fixtureJson('recovery/content-types.json')) as Record<string, string>;
const readings = (await fixtureJson('recovery/readings.json')) as Record<string, unknown>;

async function served(name: string): Promise<Feed> {
  const response = await fetch(new URL(`/mock/recovery/${name}`, location.href));
  const bytes = await response.arrayBuffer();
  expect(response.headers.get('Content-Type')).to.equal(types[name]);
  const stub = stubFetch(() => new Response(bytes, { headers: { 'Content-Type': types[name] } }));
  try {
    return await fetchFeed(`https://fixtures.example/recovery/${name}`);
  } finally {
    stub.restore();
  }
}

describe('recovery: feeds that are not well-formed, read as feed readers read them', () => {
  beforeEach(() => clearFeedCache());

  for (const name of Object.keys(types)) {
    it(`reads ${name} as Node does`, async () => {
      expect(JSON.parse(JSON.stringify(await served(name)))).to.deep.equal(readings[name]);
    });
  }

  it('marks a recovered feed, and only a recovered one', async () => {
    expect((await served('rss-truncated.xml')).recovered).to.equal(true);
    expect((await served('rss-utf8-labelled-1251.xml')).recovered).to.equal(true);
    expect((await served('rss-windows-1251.xml')).recovered).to.equal(undefined);
    expect(normalizeFeed('<rss><channel><item><title>Unclosed</channel></rss>').items[0].title).to.equal('Unclosed');
  });

  it('still refuses an HTML page, an empty body and a binary body with the same errors', () => {
    const refusal = (text: string) => {
      try {
        normalizeFeed(text);
      } catch (error) {
        return `${(error as Error).name} ${(error as { kind: string }).kind} ${(error as Error).message}`;
      }
      return 'read';
    };
    expect(refusal('<!DOCTYPE html><html><body><form>Login</form></body></html>')).to.match(/^FeedError parse .*HTML page/);
    expect(refusal('  \n ')).to.match(/^FeedError parse .*empty body/);
    const binary = new TextDecoder().decode(Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 256));
    expect(refusal(binary)).to.match(/^FeedError parse .*not JSON, RSS or Atom/);
  });
});
