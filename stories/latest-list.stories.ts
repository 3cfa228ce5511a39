import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/latest-list/define.js';

interface ListArgs {
  src: string;
  lang: string;
  limit: number;
  rubric: string;
  layout: 'list' | 'compact' | 'grid';
  theme: 'light' | 'dark' | 'auto';
  'time-zone': string;
  'date-format': string;
  'relative-dates': boolean;
  'show-images': boolean;
  'hide-author': boolean;
  'page-size': number;
}

const meta: Meta<ListArgs> = {
  title: 'Widgets/news-latest-list',
  component: 'news-latest-list',
  tags: ['autodocs'],
  args: {
    src: '/fixtures/seed/latest.json',
    lang: 'ru',
    limit: 8,
    rubric: '',
    layout: 'list',
    theme: 'light',
    'time-zone': 'Asia/Almaty',
    'date-format': 'dd/MM/yyyy - HH:mm',
    'relative-dates': false,
    'show-images': false,
    'hide-author': false,
    'page-size': 0,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'compact', 'grid'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['ru', 'kk', 'en'] },
  },
  render: (args) => html`
    <news-latest-list
      src=${args.src}
      lang=${args.lang}
      limit=${args.limit}
      rubric=${args.rubric || nothing}
      layout=${args.layout}
      theme=${args.theme}
      time-zone=${args['time-zone'] || nothing}
      date-format=${args['date-format']}
      page-size=${args['page-size'] || nothing}
      ?relative-dates=${args['relative-dates']}
      ?show-images=${args['show-images']}
      ?hide-author=${args['hide-author']}
      loading="eager"
    ></news-latest-list>
  `,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The seed page's "Последние новости", from the seed CMS's JSON. */
export const Seed: Story = {};
export const Compact: Story = { args: { layout: 'compact' } };
export const Grid: Story = { args: { layout: 'grid', src: '/fixtures/shapes/wordpress-embed.json' } };
export const RubricFilter: Story = { args: { rubric: 'Служба,Полезное' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Paged: Story = { args: { 'page-size': 4, limit: 12 } };
export const FromRss: Story = { args: { src: '/fixtures/shapes/rss.xml', 'show-images': true } };
