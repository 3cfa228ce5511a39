import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/latest-list/define.js';
import type { NewsLatestList } from '../src/components/latest-list/latest-list.js';
import { attributes } from './support/attributes.js';
import { brandStyles } from './support/brand.js';
import {
  EMPTY, FLAKY, HANGS, LOGIN_PAGE, NOT_FOUND, RECENT, SEED_LATEST, SERVER_ERROR, SLOW, UNREACHABLE, WITH_IMAGES, seedEndpoints, stateEndpoints,
} from './support/endpoints.js';
import type { StoryParameters } from './support/story-types.js';
import type { Endpoints } from '../mocks/mock-fetch.js';

/** Args are the element's attributes, named as in HTML. */
interface ListArgs {
  src: string;
  limit?: number;
  rubric?: string;
  heading?: string;
  'heading-level'?: number;
  layout?: 'list' | 'compact' | 'grid' | 'ticker' | 'carousel';
  interval?: number;
  'hide-source'?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  'time-zone'?: string;
  'date-format'?: string;
  'relative-dates'?: boolean;
  'show-images'?: boolean;
  'hide-author'?: boolean;
  'page-size'?: number;
  refresh?: number;
  timeout?: number;
  loading?: 'lazy' | 'eager';
  class?: string;
}

// Two more outlets, for lists fed with several sources (fixtures in test/fixtures/sources/).
const VESTNIK = 'https://vestnik.example/feed.json';
const ZHAUYNGER = 'https://zhauynger.example/kk/rss.xml';
/** Good once, then down. */
const VESTNIK_FLAKY = 'https://vestnik.example/flaky.json';
/** The seed feed, first without its three newest items, then with them: what a refresh brings. */
const GROWING = 'https://sarbaz.example/api/latest.json?growing';
const sourcesEndpoints: Endpoints = {
  [VESTNIK]: { fixture: 'sources/vestnik.json', standInImages: true },
  [ZHAUYNGER]: { fixture: 'sources/zhauynger.xml', standInImages: true },
  [VESTNIK_FLAKY]: [{ fixture: 'sources/vestnik.json', standInImages: true }, { status: 503, body: { error: 'Service Unavailable' } }],
  [GROWING]: [{ fixture: 'seed/latest.json', dropItems: 3 }, { fixture: 'seed/latest.json' }],
};

/** The list's shadow root, once it has rendered items. */
async function rendered(canvas: HTMLElement): Promise<ShadowRoot> {
  const list = canvas.querySelector('news-latest-list')!;
  if (!list.shadowRoot?.querySelector('[data-index]')) await new Promise((resolve) => list.addEventListener('news-load', resolve, { once: true }));
  await list.updateComplete;
  return list.shadowRoot!;
}

/** A refresh at once, after the first load: what the `refresh` timer does every N seconds. */
const refreshed = new WeakSet<Element>();
function refreshOnce(event: Event): void {
  const list = event.currentTarget as NewsLatestList;
  if (refreshed.has(list)) return;
  refreshed.add(list);
  list.retry();
}

const meta: Meta<ListArgs> = {
  title: 'Widgets/news-latest-list',
  component: 'news-latest-list',
  args: {
    src: SEED_LATEST,
    limit: 8,
    layout: 'list',
    theme: 'light',
    'time-zone': 'Asia/Almaty',
    // Stories render at once; on a partner's page the default, lazy, waits for the reader to scroll near.
    loading: 'eager',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'compact', 'grid', 'ticker', 'carousel'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    endpoints: { ...seedEndpoints, ...stateEndpoints, ...sourcesEndpoints },
    actions: { handles: ['news-load', 'news-error', 'news-item-click', 'news-impression'] },
  } satisfies StoryParameters & Record<string, unknown>,
  // The link is the partner's fallback: shown before the script runs, and beside the error message.
  render: (args) => html`
    <news-latest-list ${attributes(args)}>
      <a href="https://sarbaz.example/ru/news" lang="ru">Все новости Sarbaz.kz</a>
    </news-latest-list>
  `,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The seed page's "Последние новости", from the seed CMS's JSON. */
export const Seed: Story = {};

/** One line per story, for narrow sidebars. */
export const Compact: Story = { args: { layout: 'compact' } };

/** Cards with pictures; items without one keep the picture's place. */
export const Grid: Story = { args: { layout: 'grid', src: WITH_IMAGES } };

export const WithThumbnails: Story = { args: { 'show-images': true, src: WITH_IMAGES } };

/** `rubric` keeps the items of any of the named rubrics. */
export const RubricFilter: Story = { args: { rubric: 'Служба,Полезное' } };

/** Four at first, then four more per "show more", which moves focus to the first new item. */
export const Paged: Story = { args: { 'page-size': 4, limit: 12 } };

/** Items a few minutes old, dated "4 минуты назад"; older than `relative-max-age` hours, by `date-format`. */
export const RelativeDates: Story = { args: { src: RECENT, 'relative-dates': true } };

export const CustomHeading: Story = { args: { heading: 'Новости партнёра', 'heading-level': 3, 'hide-author': true, 'date-format': 'd MMMM, HH:mm' } };

/** The UI in Kazakh (the toolbar's language, or `lang` on the element or any ancestor). */
export const Kazakh: Story = { globals: { locale: 'kk' } };

/** The UI in English; the Russian headlines keep `lang="ru"`, so screen readers say them in Russian. */
export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { surface: 'dark' } satisfies StoryParameters };

/** A partner's brand through `--news-*` properties and `::part()` only. */
export const Brand: Story = {
  args: { class: 'brand', layout: 'compact' },
  render: (args, context) => html`${brandStyles()}${meta.render!(args, context)}`,
};

/** An endpoint that answers slowly: the skeleton holds the rows' place (it answers after 8 s). */
export const Loading: Story = { args: { src: SLOW }, parameters: { settle: 'loading' } satisfies StoryParameters };

/** A feed with no items. */
export const Empty: Story = { args: { src: EMPTY } };

/** HTTP 404: the fallback link stays under the message. */
export const NotFound: Story = { args: { src: NOT_FOUND }, parameters: { settle: 'error' } satisfies StoryParameters };

/** HTTP 500; the widget retries by itself (2 s, 4 s, 8 s) and on the retry button. */
export const ServerError: Story = { args: { src: SERVER_ERROR }, parameters: { settle: 'error' } satisfies StoryParameters };

/** No answer within `timeout` seconds. */
export const Timeout: Story = { args: { src: HANGS, timeout: 2 }, parameters: { settle: 'error' } satisfies StoryParameters };

/** HTTP 200 with a sign-in page instead of a feed. */
export const NotAFeed: Story = { args: { src: LOGIN_PAGE }, parameters: { settle: 'error' } satisfies StoryParameters };

/** The reader is offline, the host is unknown, or the endpoint sends no CORS header. */
export const Unreachable: Story = { args: { src: UNREACHABLE }, parameters: { settle: 'error' } satisfies StoryParameters };

/** A refresh failed: the last good items stay, marked "not updated". */
export const RefreshedButStale: Story = {
  args: { src: FLAKY, refresh: 60 },
  parameters: { settle: 'stale' } satisfies StoryParameters,
  render: (args) => html`
    <news-latest-list ${attributes(args)} @news-load=${refreshOnce}></news-latest-list>
  `,
};

/** Three outlets in one list, newest first; the same article from two of them shows once; each item names its source. */
export const SeveralSources: Story = { args: { src: `${SEED_LATEST} ${VESTNIK} ${ZHAUYNGER}` } };

/**
 * A source went down at a refresh: the others update, its last items stay, and a discreet line
 * names it (news-error with `partial` and `stale`). Only when every source fails is it the error state.
 */
export const SeveralSourcesOneDown: Story = {
  args: { src: `${SEED_LATEST} ${VESTNIK_FLAKY}`, refresh: 60 },
  parameters: { settle: 'stale' } satisfies StoryParameters,
  render: (args) => html`<news-latest-list ${attributes(args)} @news-load=${refreshOnce}></news-latest-list>`,
};

/** One headline at a time, the next every 6 s; the rotation control and previous/next come first. */
export const Ticker: Story = { args: { layout: 'ticker', src: `${SEED_LATEST} ${VESTNIK}` } };

/** The reader stopped the ticker: the control now offers to start it again, and the headlines stay. */
export const TickerStopped: Story = {
  args: { layout: 'ticker' },
  play: async ({ canvasElement }) => {
    (await rendered(canvasElement)).querySelector<HTMLButtonElement>('[part~="pause"]')!.click();
  },
};

/** The reader steps through with "next": rotation waits while focus is in the ticker, and each headline is announced politely. */
export const TickerStepping: Story = {
  args: { layout: 'ticker' },
  play: async ({ canvasElement }) => {
    const next = (await rendered(canvasElement)).querySelector<HTMLButtonElement>('[part~="next"]')!;
    next.focus();
    next.click();
  },
};

/** A row of cards that scrolls sideways: buttons, arrow keys between headlines, "3 из 10" labels. */
export const Carousel: Story = { args: { layout: 'carousel', src: WITH_IMAGES } };

/** With `interval`, the carousel moves by itself, with the same rotation control as the ticker. */
export const CarouselRotating: Story = { args: { layout: 'carousel', src: `${WITH_IMAGES} ${VESTNIK}`, interval: 5 } };

/**
 * A refresh brought three stories while the reader was in the list (focus on a headline): the
 * list stays as it is and offers "3 новых материала", which inserts them and moves focus to the first.
 */
export const NewStories: Story = {
  args: { src: GROWING },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement);
    const list = root.host as NewsLatestList;
    root.querySelector<HTMLElement>('[part~="title"]')!.focus();
    const refreshed = new Promise((resolve) => list.addEventListener('news-load', resolve, { once: true }));
    list.retry();
    await refreshed;
    await list.updateComplete;
  },
};
