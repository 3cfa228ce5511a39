import type { ReactiveElement } from 'lit';

/**
 * Waits until a `lang` change has reached `el` and its update has finished. Changes reach
 * widgets through the page's MutationObserver, whose records are delivered as microtasks:
 * once a task has passed they have been, and the update they asked for (which may wait for a
 * date-locale chunk) is what `updateComplete` covers.
 */
export async function afterLangChange(el: ReactiveElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
