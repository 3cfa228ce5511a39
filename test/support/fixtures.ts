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
