// The one test harness for the elements: how a test finds an element's parts, reads their text
// and waits on the browser (Material Web keeps one such module; each test file used to redefine it).

/** The element's shadow root (every element here renders into one). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Every element of the shadow tree carrying `part` among its parts, in document order. */
export const parts = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T[] => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];

/** The first element carrying `part` (a test that expects one fails on reading it when there is none). */
export const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T => shadow(el).querySelector<T>(`[part~="${name}"]`)!;

/** A node's text as a reader sees it: whitespace collapsed and trimmed. */
export const text = (node: Node | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim();

/** The text of every element carrying `part`. */
export const texts = (el: Element, name: string): string[] => parts(el, name).map((node) => text(node)!);

/** What the list's polite status region says now. */
export const announced = (el: Element): string | null => shadow(el).querySelector('[role="status"].visually-hidden')!.textContent;

/** Resolves at the next animation frame. */
export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves after the next frame and the task after it: handlers a render set off (onerror, onload) have had their turn. */
export const afterFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Resolves once `check` holds, looking each frame (IntersectionObserver reports and smooth
 * scrolls take frames): never a sleep, and the test's own timeout bounds the wait.
 */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await nextFrame();
}

/**
 * An element (or shadow root) as its markup, or null when there is none: what to assert on. A
 * failing `expect(element)` has the runner serialize the element's whole object graph, and the
 * run hangs instead of reporting the failure.
 */
export const markupOf = (node: Element | ShadowRoot | null | undefined): string | null => (node ? ('outerHTML' in node ? node.outerHTML : node.innerHTML) : null);
