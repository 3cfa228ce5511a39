import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article-card/define.js';
import type { NewsArticleCard } from '../src/components/article-card/article-card.js';
import { attributes } from './support/attributes.js';
import { brandStyles } from './support/brand.js';
import {
  FLAKY_ARTICLE, HANGS, LOGIN_PAGE, NOT_FOUND, SEED_ARTICLE, SEED_LATEST, SERVER_ERROR, SLOW, UNREACHABLE, WITH_IMAGES, seedEndpoints, stateEndpoints,
} from './support/endpoints.js';
import type { StoryParameters } from './support/story-types.js';

/** Args are the element's attributes, named as in HTML. */
interface CardArgs {
  src: string;
  'item-id'?: string;
  index?: number;
  'show-body'?: boolean;
  layout?: 'vertical' | 'horizontal' | 'compact';
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  'time-zone'?: string;
  'date-format'?: string;
  'relative-dates'?: boolean;
  'link-target'?: string;
  refresh?: number;
  timeout?: number;
  loading?: 'lazy' | 'eager';
  class?: string;
  /** Width of the column the card sits in (not an attribute). */
  width: string;
}

const refreshed = new WeakSet<Element>();
function refreshOnce(event: Event): void {
  const card = event.currentTarget as NewsArticleCard;
  if (refreshed.has(card)) return;
  refreshed.add(card);
  card.retry();
}

const meta: Meta<CardArgs> = {
  title: 'Widgets/news-article-card',
  component: 'news-article-card',
  args: {
    src: SEED_ARTICLE,
    layout: 'vertical',
    theme: 'light',
    'time-zone': 'Asia/Almaty',
    loading: 'eager',
    width: '36em',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'text', description: 'Width of the host page\'s column (story only, not an attribute)', table: { category: 'story' } },
  },
  parameters: { endpoints: { ...seedEndpoints, ...stateEndpoints } } satisfies StoryParameters,
  render: ({ width, ...args }) => html`
    <div style="max-width: ${width}">
      <news-article-card ${attributes(args)}>
        <a href="https://sarbaz.example/ru/news/bagdad-i-vashington-vozobnovlyayut-peregovory" lang="ru">Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака</a>
      </news-article-card>
    </div>
  `,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** The seed's article, from a single-article endpoint: picture, rubric, headline, lead, byline, date and attribution. */
export const Seed: Story = {};

/** Picture beside the text; below 34em of width it stacks. */
export const Horizontal: Story = { args: { layout: 'horizontal', width: '52em' } };

/** Thumbnail and headline, no lead: for "read also" rows. */
export const Compact: Story = { args: { layout: 'compact', width: '30em' } };

/** `show-body`: the article text, sanitized where it is rendered. */
export const WithBody: Story = { args: { 'show-body': true, width: '44em', 'heading-level': 1 } };

/** One item of a feed, chosen with `index` (or `item-id`). */
export const FromFeed: Story = { args: { src: WITH_IMAGES, index: 0 } };

/** An item without a picture keeps the picture's place with a neutral placeholder. */
export const WithoutPicture: Story = { args: { src: SEED_LATEST, 'item-id': '1014', layout: 'horizontal', width: '52em' } };

/** Kazakh UI; the Russian article keeps `lang="ru"`. */
export const Kazakh: Story = { globals: { locale: 'kk' } };

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { surface: 'dark' } satisfies StoryParameters };

/** A partner's brand through `--news-*` properties and `::part()` only. */
export const Brand: Story = {
  args: { class: 'brand', layout: 'horizontal', width: '52em' },
  render: (args, context) => html`${brandStyles()}${meta.render!(args, context)}`,
};

/** An endpoint that answers slowly: a skeleton in the card's shape (it answers after 8 s). */
export const Loading: Story = { args: { src: SLOW, 'item-id': '1016' }, parameters: { settle: 'loading' } satisfies StoryParameters };

/** The feed has no item with this `item-id`. */
export const ArticleMissing: Story = { args: { src: SEED_LATEST, 'item-id': 'no-such-article' } };

export const NotFound: Story = { args: { src: NOT_FOUND }, parameters: { settle: 'error' } satisfies StoryParameters };

export const ServerError: Story = { args: { src: SERVER_ERROR }, parameters: { settle: 'error' } satisfies StoryParameters };

export const Timeout: Story = { args: { src: HANGS, timeout: 2 }, parameters: { settle: 'error' } satisfies StoryParameters };

export const NotAFeed: Story = { args: { src: LOGIN_PAGE }, parameters: { settle: 'error' } satisfies StoryParameters };

export const Unreachable: Story = { args: { src: UNREACHABLE }, parameters: { settle: 'error' } satisfies StoryParameters };

/** A refresh failed: the article stays, marked "not updated". */
export const RefreshedButStale: Story = {
  args: { src: FLAKY_ARTICLE, refresh: 60 },
  parameters: { settle: 'stale' } satisfies StoryParameters,
  render: ({ width, ...args }) => html`
    <div style="max-width: ${width}">
      <news-article-card ${attributes(args)} @news-load=${refreshOnce}></news-article-card>
    </div>
  `,
};
