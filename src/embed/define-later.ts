import { nextTask } from '../time/next-task.js';

/**
 * For the script-tag builds: registers the elements in the page's next task, so that evaluating
 * the script and upgrading the page's elements (constructors, shadow roots and their styles,
 * controllers) are two tasks of the host page rather than one long one (issue 24); each
 * element's first render is a third (NewsElement.scheduleUpdate). Guarded as before: a second
 * copy of the script, or the other build beside it, registers nothing twice.
 */
export function defineLater(elements: Record<string, CustomElementConstructor>): Promise<void> {
  return nextTask().then(() => {
    for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
  });
}
