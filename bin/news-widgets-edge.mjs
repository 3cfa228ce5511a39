#!/usr/bin/env node
// news-widgets-edge: the feed edge's command line (README: The feed edge). The code is in dist/lib/edge/.
let cli;
try {
  cli = await import('../dist/lib/edge/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('news-widgets-edge: dist/lib/edge/ is missing; in a checkout, build it with `npm run build` (or use `npm run edge`).');
  process.exit(1);
}

try {
  const server = await cli.main(process.argv.slice(2));
  const stop = () => {
    if (!server) process.exit(0);
    server.close(() => process.exit(0));
    // Idle keep-alive connections would hold close() open.
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const usage = error?.name === 'UsageError';
  console.error(`news-widgets-edge: ${error.message}${usage ? `\n\n${cli.USAGE}` : ''}`);
  process.exit(usage ? 2 : 1);
}
