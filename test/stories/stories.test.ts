// Every story of every stories file, rendered in the browser with the project's Storybook
// annotations (decorators, the locale global, the endpoint mock): a story fails on a render
// error, a console error, a widget that ends otherwise than the story says, or an axe violation.
// Stories files are listed by the test server (story-files.mjs): a new story is a new test.
import { expect } from '@open-wc/testing';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import type { LitElement } from 'lit';
import { composeStories } from 'storybook/preview-api';
import preview from '../../.storybook/preview.js';
import type { StoryParameters } from '../../stories/support/story-types.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/events.js';

interface ComposedStory {
  run(context?: { canvasElement?: HTMLElement }): Promise<void>;
  parameters: StoryParameters & Record<string, unknown>;
}
interface StoriesModule {
  default: { title?: string };
  [story: string]: unknown;
}

const annotations = setProjectAnnotations([preview]);
const files = (await (await fetch('/__story-files__')).json()) as string[];
const modules = await Promise.all(files.map(async (file) => [file, (await import(file)) as StoriesModule] as const));

/** The elements that fetch, and so settle with news-load or news-error. */
const FEED_WIDGETS = 'news-latest-list[src], news-article-card[src]';

/** Every news-* element in `root`, inside shadow roots too (a card's attribution). */
function newsElements(root: ParentNode): LitElement[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.startsWith('news-') ? [element as LitElement] : []),
    ...(element.shadowRoot ? newsElements(element.shadowRoot) : []),
  ]);
}

/** console.error calls, uncaught errors and unhandled rejections while a story runs. */
function captureErrors(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  const onError = (event: ErrorEvent) => messages.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    messages,
    restore() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

type FeedEvent = NewsLoadEvent | NewsErrorEvent;

/** Records each widget's news-load / news-error events from before the story renders. */
function recordFeedEvents(canvas: HTMLElement) {
  const events = new Map<EventTarget, FeedEvent[]>();
  const waiters = new Set<() => void>();
  const record = (event: Event) => {
    events.set(event.target!, [...(events.get(event.target!) ?? []), event as FeedEvent]);
    waiters.forEach((check) => check());
  };
  canvas.addEventListener('news-load', record);
  canvas.addEventListener('news-error', record);
  return {
    of: (widget: Element) => events.get(widget) ?? [],
    /** Resolves once `done` holds for the widget's events, rejects when `failed` returns a reason. */
    until(widget: Element, done: (list: FeedEvent[]) => boolean, failed: (list: FeedEvent[]) => string | undefined): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const list = events.get(widget) ?? [];
          const reason = failed(list);
          if (reason === undefined && !done(list)) return;
          waiters.delete(check);
          if (reason === undefined) resolve();
          else reject(new Error(`<${widget.localName} src="${widget.getAttribute('src')}">: ${reason}`));
        };
        waiters.add(check);
        check();
      });
    },
  };
}

const describeError = (event: FeedEvent | undefined) =>
  event?.type === 'news-error' ? `news-error (${(event as NewsErrorEvent).detail.error.kind}): ${(event as NewsErrorEvent).detail.error.message}` : 'no news-error';

/** Waits until the widget ends the way the story's `settle` says, failing as soon as it cannot. */
function settled(widget: Element, settle: NonNullable<StoryParameters['settle']>, recorder: ReturnType<typeof recordFeedEvents>): Promise<void> {
  const errorOf = (list: FeedEvent[]) => list.find((event): event is NewsErrorEvent => event.type === 'news-error');
  switch (settle) {
    case 'load':
      return recorder.until(widget, (list) => list.some((event) => event.type === 'news-load'), (list) => errorOf(list) && describeError(errorOf(list)));
    case 'error':
      return recorder.until(widget, (list) => Boolean(errorOf(list)), (list) => (list.some((event) => event.type === 'news-load') ? 'news-load, where the story expects news-error' : undefined));
    case 'stale':
      return recorder.until(
        widget,
        (list) => list.some((event) => event.type === 'news-error' && (event as NewsErrorEvent).detail.stale),
        (list) => (errorOf(list) && !errorOf(list)!.detail.stale ? `${describeError(errorOf(list))}, not stale` : undefined),
      );
    case 'loading':
      return Promise.resolve();
  }
}

async function checkStory(story: ComposedStory): Promise<void> {
  const { settle = 'load', shape } = story.parameters;
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const recorder = recordFeedEvents(canvas);
  const errors = captureErrors();
  try {
    await story.run({ canvasElement: canvas });
    const widgets = [...canvas.querySelectorAll(FEED_WIDGETS)];
    await Promise.all(widgets.map((widget) => settled(widget, settle, recorder)));
    // Rendered: every element's pending update done, nested ones (a card's attribution) included.
    for (let round = 0; round < 3; round++) await Promise.all(newsElements(canvas).map((element) => element.updateComplete));

    if (settle === 'loading') {
      for (const widget of widgets) {
        expect(recorder.of(widget).map((event) => event.type), 'events while loading').to.deep.equal([]);
        expect(widget.shadowRoot!.querySelector('[aria-busy="true"]'), `<${widget.localName}> skeleton`).to.exist;
      }
    }
    if (shape) {
      const shapes = widgets.flatMap((widget) => recorder.of(widget).filter((event) => event.type === 'news-load').map((event) => (event as NewsLoadEvent).detail.shape));
      expect(shapes, 'detected shape').to.deep.equal(widgets.map(() => shape));
    }
    expect(errors.messages, 'console errors').to.deep.equal([]);
    await expect(canvas).to.be.accessible();
  } finally {
    errors.restore();
    canvas.remove();
  }
}

for (const [file, module] of modules) {
  const stories = composeStories(module, annotations) as Record<string, ComposedStory>;
  describe(`${module.default.title ?? file} (${file})`, function () {
    // A story renders, settles and runs axe over its whole canvas: slow on a busy 2-core machine.
    this.timeout(90_000);
    for (const [name, story] of Object.entries(stories)) {
      it(name, () => checkStory(story));
    }
  });
}
