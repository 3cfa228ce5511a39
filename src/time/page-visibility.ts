/**
 * Whether the page is visible, from one place: the document's `visibilityState` in a browser,
 * a fake in tests (no engine hides a tab on demand under test). What pauses while the reader
 * cannot see the page — a ticker's rotation, an impression's dwell — asks this source.
 */
export interface PageVisibility {
  visible(): boolean;
  /** Calls `listener` on every change; returns what stops it. */
  subscribe(listener: () => void): () => void;
}

// One document listener for every subscriber (each list's impressions and rotation), added once
// and kept: adding and removing it as lists come and go costs more than the idle listener does.
const subscribers = new Set<() => void>();
let listening = false;

const documentVisibility: PageVisibility = {
  visible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
  subscribe(listener) {
    if (!listening) document.addEventListener('visibilitychange', () => subscribers.forEach((subscriber) => subscriber()));
    listening = true;
    // Wrapped, so that each subscription is ended only by its own unsubscribe.
    const subscription = (): void => listener();
    subscribers.add(subscription);
    return () => void subscribers.delete(subscription);
  },
};

let current: PageVisibility = documentVisibility;

/** The page-visibility source in use. */
export function pageVisibility(): PageVisibility {
  return current;
}

/** Replaces the source (tests); with no argument, restores the document's. */
export function usePageVisibility(replacement?: PageVisibility): void {
  current = replacement ?? documentVisibility;
}
