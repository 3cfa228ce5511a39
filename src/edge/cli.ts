/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import { DEFAULTS, EdgeConfigError, type EdgeConfig } from './config.js';
import { createEdge } from './edge.js';

export const USAGE = `Usage: news-widgets-edge [options]

Serves upstream feeds as JSON Feed with CORS and HTTP caching headers:
  GET /feed?url=<upstream URL>   for upstream origins given with --allow
  GET /feeds/<name>              for feeds named in --config
  GET /render/<element>?feed=<name>|url=<upstream URL>&lang=…&<attributes>
                                 the widget's HTML, rendered on the server
  GET /v<version>/<file>         the widgets' scripts (/dist/<file> redirects there)
  GET /, GET /builder            the widget builder for partners (off with --no-builder)
  GET /healthz, GET /metrics     (metrics: loopback clients only)

Options:
  --port N            port to listen on (default 8787; 0 picks a free one)
  --host HOST         address to listen on (default 127.0.0.1)
  --allow ORIGIN      an upstream origin /feed may read, e.g. https://sarbaz.kz (repeatable)
  --config FILE       JSON: { "feeds": { "<name>": { "url": "…", "ttl": 300, "headers": { … },
                      "title": "…", "description": "…" } } } (title, description: shown in the builder);
                      \${VAR} in a url or header is read from the environment
  --allow-private     also read upstreams on loopback/private addresses (local development only)
  --ttl S             seconds an answer is fresh at least: no upstream is asked more often (default ${DEFAULTS.ttl})
  --max-ttl S         seconds an answer is fresh at most, whatever the upstream says (default ${DEFAULTS.maxTtl})
  --max-backoff S     longest wait before asking a failing upstream again (default ${DEFAULTS.maxBackoff})
  --timeout S         seconds an upstream has for its whole answer (default ${DEFAULTS.timeout})
  --upstream-rate N   upstream requests per second per upstream origin (default ${DEFAULTS.upstreamRate})
  --cache-size N      feeds kept in memory (default ${DEFAULTS.cacheSize})
  --metrics-public    answer /metrics to any client
  --cache-file PATH   keep the last good copies and their validators in this file across restarts
  --public-url URL    where readers reach this edge (for /render's widgets and the builder's code), e.g. https://edge.outlet.example
  --no-builder        no widget builder at / (scripts, feeds and /render stay)
  --help              this text
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  allow: { type: 'string', multiple: true },
  config: { type: 'string' },
  'allow-private': { type: 'boolean' },
  ttl: { type: 'string' },
  'max-ttl': { type: 'string' },
  'max-backoff': { type: 'string' },
  timeout: { type: 'string' },
  'upstream-rate': { type: 'string' },
  'cache-size': { type: 'string' },
  'metrics-public': { type: 'boolean' },
  'public-url': { type: 'string' },
  'cache-file': { type: 'string' },
  'no-builder': { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** Wrong flags: the caller prints the message and the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new UsageError(`--${flag} must be a number, not "${value}".`);
  return parsed;
}

function readConfigFile(path: string): EdgeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EdgeConfigError(`--config ${path}: ${(error as NodeJS.ErrnoException).code ?? 'cannot be read'}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EdgeConfigError(`--config ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new EdgeConfigError(`--config ${path} must hold a JSON object such as { "feeds": { … } }.`);
  return parsed as EdgeConfig;
}

/** Flags (and the `--config` file, which flags override) → where to listen and the edge's configuration. */
export function parseCommandLine(args: string[]): { help: boolean; port: number; host: string; config: EdgeConfig } {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const file = values.config ? readConfigFile(values.config) : {};
  const port = number(values.port, 'port') ?? 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not ${values.port}.`);
  const config: EdgeConfig = { ...file, allow: [...(file.allow ?? []), ...(values.allow ?? [])] };
  const flags: Partial<EdgeConfig> = {
    ttl: number(values.ttl, 'ttl'),
    maxTtl: number(values['max-ttl'], 'max-ttl'),
    maxBackoff: number(values['max-backoff'], 'max-backoff'),
    timeout: number(values.timeout, 'timeout'),
    upstreamRate: number(values['upstream-rate'], 'upstream-rate'),
    cacheSize: number(values['cache-size'], 'cache-size'),
    allowPrivate: values['allow-private'],
    metricsPublic: values['metrics-public'],
    publicUrl: values['public-url'],
    cacheFile: values['cache-file'],
    builder: values['no-builder'] ? false : undefined,
  };
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) (config as Record<string, unknown>)[key] = value;
  return { help: values.help === true, port, host: values.host ?? '127.0.0.1', config };
}

/**
 * `news-widgets-edge`: starts the edge and prints one line once it accepts connections.
 * Resolves with the server; rejects with `UsageError` or `EdgeConfigError` before listening.
 */
export async function main(args: string[], io: { out?: (line: string) => void; err?: (line: string) => void } = {}): Promise<Server | undefined> {
  const out = io.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line) => process.stderr.write(`${line}\n`));
  const { help, port, host, config } = parseCommandLine(args);
  if (help) {
    out(USAGE);
    return undefined;
  }
  const edge = createEdge({ ...config, processMetrics: true, log: err });
  const server = createServer(edge);
  server.on('close', () => edge.close());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  out(`news-widgets edge listening on http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`);
  return server;
}
