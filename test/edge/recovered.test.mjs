import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, feedPath, startEdge, upstream } from './support.mjs';

// A feed that is not well-formed, through the edge: read as the browser reads it, said so in the
// JSON Feed's _news_widgets and counted in /metrics, so its outlet can see it needs fixing.
const CUT = '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Whole</title><link>https://cut.example/1</link><dc:creator>Айгуль</dc:creator></item><item><title>Cu';

describe('edge: recovered feeds', () => {
  let origin;
  before(async () => {
    origin = await upstream({
      '/cut.xml': answer(CUT, { type: 'application/rss+xml; charset=utf-8' }),
      '/utf8.xml': answer(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента</title><item><title>Здоровье</title><link>https://u.example/1</link></item></channel></rss>'), { type: 'text/xml; charset=windows-1251' }),
      '/fine.xml': answer('<rss version="2.0"><channel><title>Fine</title><item><title>Ok</title><link>https://fine.example/1</link></item></channel></rss>', { type: 'application/rss+xml' }),
    });
  });
  after(() => origin.close());

  it('marks a recovered read in the JSON Feed and counts it per feed in /metrics', async () => {
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 10 });
    try {
      const cut = await (await edge.get(feedPath(`${origin.origin}/cut.xml`))).json();
      assert.deepEqual(cut.items.map((item) => item.title), ['Whole']);
      assert.deepEqual(cut.items[0].authors, [{ name: 'Айгуль' }]);
      assert.equal(cut._news_widgets.recovered, true);
      const utf8 = await (await edge.get(feedPath(`${origin.origin}/utf8.xml`))).json();
      assert.deepEqual(utf8.items.map((item) => item.title), ['Здоровье']);
      assert.equal(utf8._news_widgets.recovered, true);
      const fine = await (await edge.get(feedPath(`${origin.origin}/fine.xml`))).json();
      assert.equal(fine._news_widgets.recovered, undefined);
      const metrics = await (await edge.get('/metrics')).text();
      assert.match(metrics, new RegExp(`news_edge_recovered_reads_total\\{feed="${origin.origin.replace(/[.]/g, '\\.')}"\\} 2`));
    } finally {
      await edge.close();
    }
  });
});
