// The one in-page fetch mock, for stories and tests: `window.fetch` answers the URLs a story
// lists in `parameters.endpoints` with real `Response`s (slow, failing and malformed ones
// included), or, while a test has called `stubFetch`, every request from that test's function;
// everything else passes through. No service worker: the same few lines run in Storybook and in
// the tests, where a worker would take over the whole test origin and every test file's requests.

/** How an endpoint answers one request. */
export interface Answer {
  /** A file under test/fixtures/ (the fixtures the tests use), sent as the body. */
  fixture?: string;
  /** The body itself: a string as is, anything else as JSON. */
  body?: unknown;
  /** HTTP status (default 200). */
  status?: number;
  /** Content-Type (default: from the fixture's extension, else JSON). */
  type?: string;
  headers?: Record<string, string>;
  /** Milliseconds before the headers arrive. */
  delay?: number;
  /** Never answers: only the caller's abort (the widget's timeout) ends the request. */
  hang?: boolean;
  /** Rejects the way `fetch` does offline, for an unknown host or a CORS refusal. */
  networkError?: boolean;
  /** Moves every ISO date in the body so the newest is `recentDates` minutes old (relative-date stories). */
  recentDates?: number;
  /** Points image URLs at local stand-in pictures: the seed's sarbaz.example does not resolve offline. */
  standInImages?: boolean;
  /** Leaves out the first N entries of the JSON body's list of items (the feed as it was before they were published). */
  dropItems?: number;
}

/** URL → answer; an array answers the n-th request with its n-th entry, the last one repeating. */
export type Endpoints = Record<string, Answer | Answer[]>;

interface Registered {
  answers: Answer[];
  calls: number;
  spec: string;
}

const FIXTURES = 'test/fixtures/';
const STAND_INS = ['stories/assets/stand-in-1.svg', 'stories/assets/stand-in-2.svg', 'stories/assets/stand-in-3.svg'];
const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

type Stub = (url: string, init?: RequestInit) => Response | Promise<Response>;

const registry = new Map<string, Registered>();
let realFetch: typeof fetch | undefined;
let stub: Stub | undefined;

const absolute = (url: string) => new URL(url, location.href).href;

/** Registers a story's endpoints (call counts restart with every render), installing the mock once. */
export function useEndpoints(endpoints: Endpoints | undefined): void {
  install();
  for (const [url, answer] of Object.entries(endpoints ?? {})) {
    const answers = Array.isArray(answer) ? answer : [answer];
    const spec = JSON.stringify(answers);
    const key = absolute(url);
    const known = registry.get(key);
    // One URL, one behaviour: a docs page renders many stories at once, all through this one registry.
    if (known && known.spec !== spec) console.warn(`mock-fetch: ${key} is answered differently by two stories; the last one rendered wins.`);
    registry.set(key, { answers, calls: 0, spec });
  }
}

function install(): void {
  if (realFetch) return;
  const original = window.fetch.bind(window);
  realFetch = original;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    if (stub) return answerStub(stub, request ? request.url : String(input), init);
    const endpoint = registry.get(absolute(request ? request.url : String(input)));
    if (!endpoint) return original(input, init);
    const answer = endpoint.answers[Math.min(endpoint.calls++, endpoint.answers.length - 1)];
    return respond(answer, init?.signal ?? request?.signal ?? undefined);
  };
}

async function answerStub(answer: Stub, url: string, init: RequestInit | undefined): Promise<Response> {
  init?.signal?.throwIfAborted();
  return answer(url, init);
}

/**
 * For one test: every request goes to `answer` (which returns real `Response`s) until
 * `restore()`; `calls` lists the requested URLs.
 */
export function stubFetch(answer: Stub): { calls: string[]; restore(): void } {
  install();
  const calls: string[] = [];
  const previous = stub;
  stub = (url, init) => (calls.push(url), answer(url, init));
  return { calls, restore: () => { stub = previous; } };
}

/** Resolves after `ms` (never, for Infinity), or rejects with the signal's reason as `fetch` does. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

async function respond(answer: Answer, signal: AbortSignal | undefined): Promise<Response> {
  await wait(answer.hang ? Infinity : answer.delay ?? 0, signal);
  if (answer.networkError) throw new TypeError('Failed to fetch');
  let body = await bodyOf(answer);
  if (answer.recentDates !== undefined) body = freshenDates(body, answer.recentDates);
  if (answer.standInImages) body = standInImages(body);
  if (answer.dropItems) body = dropItems(body, answer.dropItems);
  const extension = answer.fixture?.split('.').pop() ?? 'json';
  const type = answer.type ?? TYPES[extension] ?? TYPES.json;
  return new Response(body, { status: answer.status ?? 200, headers: { 'Content-Type': type, ...answer.headers } });
}

async function bodyOf(answer: Answer): Promise<string> {
  if (answer.fixture) {
    const response = await realFetch!(absolute(FIXTURES + answer.fixture));
    if (!response.ok) throw new Error(`mock-fetch: no fixture ${answer.fixture} (HTTP ${response.status})`);
    return response.text();
  }
  if (answer.body === undefined) return '';
  return typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;

function freshenDates(body: string, minutesAgo: number): string {
  const times = (body.match(ISO_DATE) ?? []).map((text) => Date.parse(text)).filter((time) => !Number.isNaN(time));
  if (!times.length) return body;
  const shift = Date.now() - minutesAgo * 60_000 - Math.max(...times);
  return body.replace(ISO_DATE, (text) => {
    const time = Date.parse(text);
    return Number.isNaN(time) ? text : new Date(time + shift).toISOString();
  });
}

const IMAGE_URL = /https?:\/\/[^\s"'<>]+?\.(?:jpe?g|png|webp|gif)(?=["'<\s?])/gi;

function standInImages(body: string): string {
  const seen = new Map<string, string>();
  return body.replace(IMAGE_URL, (url) => {
    if (!seen.has(url)) seen.set(url, absolute(STAND_INS[seen.size % STAND_INS.length]));
    return seen.get(url)!;
  });
}

/** The body without the first `count` entries of its list: the top-level array, or the first array-valued field. */
function dropItems(body: string, count: number): string {
  const json: unknown = JSON.parse(body);
  if (Array.isArray(json)) return JSON.stringify(json.slice(count));
  const record = json as Record<string, unknown>;
  const field = Object.keys(record).find((key) => Array.isArray(record[key]));
  if (field) record[field] = (record[field] as unknown[]).slice(count);
  return JSON.stringify(record);
}
