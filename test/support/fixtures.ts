/** Fixture files as the test server serves them: the same files stories and the demo use. */
export const FIXTURES = new URL('/test/fixtures/', location.href).href;

export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(new URL(path, FIXTURES));
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson(path: string): Promise<unknown> {
  return JSON.parse(await fixtureText(path));
}

/** Replaces `fetch` for one test with a function returning real `Response`s; returns the calls. */
export function stubFetch(answer: (url: string, init?: RequestInit) => Response | Promise<Response>): { calls: string[]; restore(): void } {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    init?.signal?.throwIfAborted();
    return answer(url, init);
  };
  return { calls, restore: () => { window.fetch = original; } };
}
