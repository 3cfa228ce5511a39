import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/source-attribution/define.js';
import { attributes } from './support/attributes.js';
import { brandStyles } from './support/brand.js';
import type { StoryParameters } from './support/story-types.js';

/** Args are the element's attributes, named as in HTML. */
interface AttributionArgs {
  outlet?: string;
  'outlet-url'?: string;
  cites?: string;
  'cites-url'?: string;
  author?: string;
  'author-url'?: string;
  published?: string;
  wording?: 'short' | 'full';
  variant?: 'inline' | 'block';
  theme?: 'light' | 'dark' | 'auto';
  'date-format'?: string;
  'time-zone'?: string;
  'link-target'?: string;
  'hide-author'?: boolean;
  'hide-date'?: boolean;
  class?: string;
}

/** The sentence an inline attribution ends, in the story's language. */
const LEAD: Record<string, string> = {
  ru: 'Ирак и Соединенные Штаты возобновят переговоры о будущем возглавляемой США международной военной коалиции в стране',
  kk: 'Ирак пен Құрама Штаттар елдегі АҚШ бастаған халықаралық әскери коалицияның болашағы туралы келіссөздерді қайта бастайды',
  en: 'Iraq and the United States will resume talks on the future of the US-led international military coalition in the country',
};

const meta: Meta<AttributionArgs> = {
  title: 'Widgets/news-source-attribution',
  component: 'news-source-attribution',
  args: {
    outlet: 'Sarbaz.kz',
    'outlet-url': 'https://sarbaz.example/',
    cites: 'Jerusalem Post',
    'cites-url': 'https://www.jpost.example/middle-east',
    wording: 'full',
    variant: 'inline',
    theme: 'light',
  },
  argTypes: {
    wording: { control: 'inline-radio', options: ['short', 'full'] },
    variant: { control: 'inline-radio', options: ['inline', 'block'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // Inline, it ends a sentence of the article; as a block, it stands on its own line.
  render: (args, { globals }) => args.variant === 'block'
    ? html`<news-source-attribution ${attributes(args)}></news-source-attribution>`
    : html`<p style="margin: 0; max-width: 40em">${LEAD[globals.locale] ?? LEAD.en}, <news-source-attribution ${attributes(args)}></news-source-attribution>.</p>`,
};
export default meta;

type Story = StoryObj<AttributionArgs>;

/** As in the seed article: "…, передает Sarbaz.kz со ссылкой на Jerusalem Post". */
export const Seed: Story = {};

/** The short wording, e.g. under a headline: "Sarbaz.kz со ссылкой на Jerusalem Post". */
export const Short: Story = { args: { wording: 'short' } };

/** A line of its own, starting with a capital letter, with the author and the date. */
export const Block: Story = {
  args: {
    variant: 'block',
    author: 'Ануар Маратов',
    'author-url': 'https://sarbaz.example/ru/author/anuar-maratov',
    published: '2026-02-06T10:15:00+05:00',
    'time-zone': 'Asia/Almaty',
  },
};

/** Several cited sources, joined the language's way ("…, Reuters и AP"). */
export const SeveralSources: Story = {
  args: {
    cites: 'Jerusalem Post, Reuters, AP',
    'cites-url': 'https://www.jpost.example/middle-east, https://www.reuters.example/, https://apnews.example/',
  },
};

export const OutletOnly: Story = { args: { cites: '', 'cites-url': '' } };

export const CitesOnly: Story = { args: { outlet: '', 'outlet-url': '', variant: 'block' } };

/** A source without an address is named, not linked. */
export const WithoutLinks: Story = { args: { 'outlet-url': '', 'cites-url': '' } };

/** Nothing to attribute: the element renders nothing and takes no space. */
export const Empty: Story = { args: { outlet: '', 'outlet-url': '', cites: '', 'cites-url': '', variant: 'block' } };

export const Kazakh: Story = { globals: { locale: 'kk' } };

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = {
  args: { theme: 'dark', variant: 'block', author: 'Ануар Маратов', published: '2026-02-06T10:15:00+05:00', 'time-zone': 'Asia/Almaty' },
  parameters: { surface: 'dark' } satisfies StoryParameters,
};

/** A partner's brand through `--news-*` properties and `::part()` only. */
export const Brand: Story = {
  args: { class: 'brand', variant: 'block' },
  render: (args, context) => html`${brandStyles()}${meta.render!(args, context)}`,
};
