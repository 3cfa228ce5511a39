// What the server-rendering browser tests share: widgets rendered by a real feed edge
// (test/edge/edge-server.mjs; its upstream is this test server as localhost), pages made of them
// in same-origin iframes (scripts on or off), and the text and geometry the tests compare.

export interface Origins {
  edge: string;
  upstream: string;
}

let origins: Promise<Origins> | undefined;

/** The edge and the upstream it may read (this test server, named localhost). */
export function edgeOrigins(): Promise<Origins> {
  origins ??= fetch('/test/edge/origin').then((response) => response.json());
  return origins;
}

/** The edge's `/render/<tag>` of a fixture (a path under test/fixtures/), with the element's attributes. */
export async function serverRendered(tag: string, fixture: string, attributes: Record<string, string>): Promise<string> {
  const { edge, upstream } = await edgeOrigins();
  const query = new URLSearchParams({ url: `${upstream}/test/fixtures/${fixture}`, ...attributes });
  const response = await fetch(`${edge}/render/${tag}?${query}`);
  if (!response.ok) throw new Error(`/render/${tag}: ${response.status} ${await response.text()}`);
  return response.text();
}

/**
 * A page in a same-origin iframe: `body` as the server sent it. `scripts: false` sandboxes it
 * so that nothing runs, as for a reader who blocks scripts.
 */
export async function page(body: string, { scripts = true, head = '', width = 720, css = 'body { margin: 8px; font: 16px/1.5 serif; }' } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: 1400px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="ru"><head><meta charset="utf-8">${head}${css ? `<style>${css}</style>` : ''}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads a script-tag build into a page that holds server-rendered widgets. */
export async function loadScript(frame: HTMLIFrameElement, build: 'iife' | 'esm' | 'list-iife' = 'iife'): Promise<void> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  if (build === 'esm') script.type = 'module';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${build} build failed to load`)), { once: true });
  });
  script.src = { esm: '/dist/news-widgets.js', iife: '/dist/news-widgets.iife.js', 'list-iife': '/dist/news-latest-list.iife.js' }[build];
  doc.head.append(script);
  await loaded;
}

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/** Once the element (and the widgets inside its shadow root) rendered all they will. */
export async function settled(element: Element): Promise<void> {
  const win = element.ownerDocument.defaultView!;
  await win.customElements.whenDefined(element.localName);
  for (let round = 0; round < 3; round++) {
    await (element as Updatable).updateComplete;
    for (const inner of element.shadowRoot?.querySelectorAll('news-source-attribution') ?? []) await settled(inner);
  }
}

/**
 * The text a reader gets from a widget: its shadow tree and the shadow trees inside it, without
 * styles, scripts or templates, whitespace collapsed.
 */
export function visibleText(root: Node): string {
  const pieces: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) pieces.push(node.nodeValue ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) return;
    if (element.shadowRoot) walk(element.shadowRoot);
    else node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/** Where the widget is, and each part inside it relative to it: what a layout shift would move. */
export function geometry(host: Element): string[] {
  const origin = host.getBoundingClientRect();
  const round = (value: number) => Math.round(value * 10) / 10;
  const box = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return `${round(rect.x - origin.x)},${round(rect.y - origin.y)} ${round(rect.width)}×${round(rect.height)}`;
  };
  return [`host ${round(origin.x)},${round(origin.y)} ${round(origin.width)}×${round(origin.height)}`, ...[...host.shadowRoot!.querySelectorAll('[part]')].map((element) => `${element.getAttribute('part')} ${box(element)}`)];
}
