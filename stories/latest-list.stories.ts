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

/** Args are the element's attributes, named as in HTML. */
interface ListArgs {
  src: string;
  limit?: number;
  rubric?: string;
  heading?: string;
  'heading-level'?: number;
  layout?: 'list' | 'compact' | 'grid';
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
    layout: { control: 'inline-radio', options: ['list', 'compact', 'grid'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { endpoints: { ...seedEndpoints, ...stateEndpoints } } satisfies StoryParameters,
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
