// A web-test-runner plugin for the edge's browser test: a real edge (dist/lib/edge, built by
// `npm run build`) on a port of its own, so the test page (127.0.0.1:<runner port>), the upstream
// (localhost:<runner port>, which sends no CORS header) and the edge are three origins.
// Its named feeds (the seed's list and article, the RSS fixture) are the builder test's.
// Started on the first request to /test/edge/origin, stopped with the runner.
import { createServer } from 'node:http';

export function edgeServer() {
  let running;
  let runnerPort;

  async function start() {
    const { createEdge } = await import('../../dist/lib/edge/index.js');
    // The upstream is the runner itself, on loopback: --allow-private, as in local development.
    const upstream = `http://localhost:${runnerPort}`;
    const edge = createEdge({
      allow: [upstream],
      allowPrivate: true,
      ttl: 60,
      feeds: {
        seed: { url: `${upstream}/test/fixtures/seed/latest.json`, title: 'Sarbaz.kz — последние новости', description: 'Главные новости Sarbaz.kz, каждые 5 минут.' },
        rss: { url: `${upstream}/test/fixtures/shapes/rss.xml`, title: 'Sarbaz.kz RSS' },
        bare: { url: `${upstream}/test/fixtures/shapes/atom.xml` },
      },
    });
    const server = createServer(edge);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { edge, server, origin: `http://127.0.0.1:${server.address().port}` };
  }

  return {
    name: 'news-widgets-edge-server',
    async serve(context) {
      if (context.path !== '/test/edge/origin') return undefined;
      runnerPort ??= context.host.split(':').pop();
      running ??= start();
      const { origin } = await running;
      return { body: JSON.stringify({ edge: origin, upstream: `http://localhost:${runnerPort}` }), type: 'json' };
    },
    async serverStop() {
      if (!running) return;
      const { edge, server } = await running;
      edge.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
