import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/latest-list/define.js';
import type { NewsLoadEvent } from '../src/events.js';
import type { Endpoints } from '../mocks/mock-fetch.js';
import { attributes } from './support/attributes.js';
import { SEED_ARTICLE, WITH_IMAGES, seedEndpoints } from './support/endpoints.js';
import type { StoryParameters } from './support/story-types.js';

// One story per shape the data layer detects (src/data/shapes/), each answered with that
// shape's fixture from test/fixtures/shapes/ at the address such an endpoint has.

const JSON_FEED = 'https://sarbaz.example/ru/feed.json';
const WORDPRESS = 'https://sarbaz.example/wp-json/wp/v2/posts?_embed';
const RSS = 'https://sarbaz.example/ru/rss.xml';
const ATOM = 'https://sarbaz.example/ru/atom.xml';
const NEWSAPI = 'https://proxy.sarbaz.example/newsapi';
const GUARDIAN = 'https://proxy.sarbaz.example/guardian';
const NYT = 'https://proxy.sarbaz.example/nyt';
const HACKER_NEWS = 'https://hn.algolia.com/api/v1/search_by_date?tags=story&query=kazakhstan';
const REDDIT = 'https://www.reddit.com/r/Kazakhstan/new.json';
const GHOST = 'https://blog.sarbaz.example/ghost/api/content/posts/?key=22444f78447824223cefc48062&include=tags,authors';
const DRUPAL = 'https://sarbaz.example/jsonapi/node/article?include=uid,field_tags,field_image';
const STRAPI = 'https://cms.sarbaz.example/api/articles?populate=*';
const CONTENTFUL = 'https://cdn.contentful.com/spaces/q8x2m4n6p1r3/environments/master/entries?content_type=blogPost&include=2&access_token=public-delivery-token';
const GENERIC = 'https://sarbaz.example/api/news';
const CUSTOM = 'https://sarbaz.example/api/v3/feed';

const endpoints: Endpoints = {
  ...seedEndpoints,
  [JSON_FEED]: { fixture: 'shapes/jsonfeed-1.1.json', type: 'application/feed+json' },
  [WORDPRESS]: { fixture: 'shapes/wordpress-embed.json' },
  [RSS]: { fixture: 'shapes/rss.xml', type: 'application/rss+xml' },
  [ATOM]: { fixture: 'shapes/atom.xml', type: 'application/atom+xml' },
  [NEWSAPI]: { fixture: 'shapes/newsapi-top-headlines.json' },
  [GUARDIAN]: { fixture: 'shapes/guardian-search-fields.json' },
  [NYT]: { fixture: 'shapes/nyt-topstories.json' },
  [HACKER_NEWS]: { fixture: 'shapes/hackernews-search.json' },
  [REDDIT]: { fixture: 'shapes/reddit-listing.json' },
  [GHOST]: { fixture: 'shapes/ghost-posts.json' },
  [DRUPAL]: { fixture: 'shapes/drupal-jsonapi.json', type: 'application/vnd.api+json' },
  [STRAPI]: { fixture: 'shapes/strapi-v4.json' },
  [CONTENTFUL]: { fixture: 'shapes/contentful-entries.json', type: 'application/vnd.contentful.delivery.v1+json' },
  [GENERIC]: { fixture: 'shapes/generic-array.json' },
  // An API no detector knows: `items-path` and `map` say where things are.
  [CUSTOM]: {
    body: {
      ok: true,
      payload: {
        rows: [
          { heading: { text: 'Обеспечить стратегическую безопасность' }, links: { web: 'https://sarbaz.example/ru/news/1016' }, meta: { published: '21/01/2026 - 18:21' }, people: [{ display: 'admin' }], section: 'В центре внимания' },
          { heading: { text: 'Здоровье в приоритете' }, links: { web: 'https://sarbaz.example/ru/news/1014' }, meta: { published: '17/01/2026 - 19:20' }, people: [], section: 'Служба' },
          { heading: { text: 'В фокусе внимания' }, links: { web: 'https://sarbaz.example/ru/news/1013' }, meta: { published: '17/01/2026 - 19:16' }, people: [], section: 'Полезное' },
        ],
      },
    },
  },
};

interface ShapeArgs {
  src: string;
  'items-path'?: string;
  map?: string;
  'date-input-format'?: string;
  'time-zone'?: string;
  limit?: number;
  loading?: 'lazy' | 'eager';
}

/** Shows, under the list, the shape `news-load` reports. */
function showShape(event: NewsLoadEvent): void {
  const output = (event.currentTarget as Element).nextElementSibling as HTMLOutputElement;
  output.value = `news-load: shape "${event.detail.shape}", ${event.detail.feed.items.length} items`;
}

const meta: Meta<ShapeArgs> = {
  title: 'Endpoint shapes',
  component: 'news-latest-list',
  args: { 'time-zone': 'Asia/Almaty', limit: 5, loading: 'eager' },
  parameters: { endpoints } satisfies StoryParameters,
  render: (args) => html`
    <news-latest-list ${attributes(args)} @news-load=${showShape}></news-latest-list>
    <output lang="en" style="display: block; margin-block-start: 1em; font: 0.85em/1.4 ui-monospace, monospace; color: #59636e"></output>
  `,
};
export default meta;

type Story = StoryObj<ShapeArgs>;
const shape = (src: string, name: string, args: Partial<ShapeArgs> = {}): Story => ({
  args: { src, ...args },
  parameters: { shape: name } satisfies StoryParameters,
});

export const JsonFeed = shape(JSON_FEED, 'jsonfeed');
export const WordPress = shape(WORDPRESS, 'wordpress');
export const Rss = shape(RSS, 'rss');
export const Atom = shape(ATOM, 'atom');
/** Through the feed edge, which holds the key (README, "The feed edge"). */
export const NewsApi = shape(NEWSAPI, 'newsapi');
export const Guardian = shape(GUARDIAN, 'guardian');
export const NewYorkTimes = shape(NYT, 'nyt');
export const HackerNews = shape(HACKER_NEWS, 'hackernews');
export const Reddit = shape(REDDIT, 'reddit');
export const Rss2Json = shape(WITH_IMAGES, 'rss2json');
export const Ghost = shape(GHOST, 'ghost');
export const DrupalJsonApi = shape(DRUPAL, 'drupal');
/** Strapi knows slugs, not the pages they are published on: headlines are not links until `map` names a full URL. */
export const Strapi = shape(STRAPI, 'strapi');
/** Like Strapi: no links until `map` names a field with a full URL. */
export const Contentful = shape(CONTENTFUL, 'contentful');
/** Plain JSON with common field names, dates as `dd/MM/yyyy - HH:mm`. */
export const GenericJson = shape(GENERIC, 'generic', { 'date-input-format': 'dd/MM/yyyy - HH:mm' });
/** One article object: a one-item feed. */
export const SingleArticle = shape(SEED_ARTICLE, 'single');
/** Anything else: `items-path`, `map` and `date-input-format`. */
export const Mapped = shape(CUSTOM, 'mapped', {
  'items-path': 'payload.rows',
  map: '{"title":"heading.text","url":"links.web","date":"meta.published","author.name":"people.0.display","rubric":"section"}',
  'date-input-format': 'dd/MM/yyyy - HH:mm',
});
