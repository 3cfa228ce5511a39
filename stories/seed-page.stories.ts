import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/article-card/define.js';
import '../src/components/latest-list/define.js';
import { hostStyles } from './support/brand.js';
import { SEED_ARTICLE, SEED_LATEST, seedEndpoints } from './support/endpoints.js';
import type { StoryParameters } from './support/story-types.js';

// The seed's article page (Sarbaz.kz, "Багдад и Вашингтон возобновляют переговоры…") rebuilt
// from the widgets: the article is a <news-article-card show-body> with its source attribution,
// "Последние новости" beside it is a <news-latest-list>. Everything around them is the host
// page's own markup and CSS; the widgets are themed only through --news-* and ::part().

const SITE_CSS = `
  .site {
    --site-ink: #1b1f1c;
    --site-muted: #545b55;
    --site-paper: #ffffff;
    --site-band: #f2f4ef;
    --site-rule: #dde2da;
    --site-brand: #1f3d2b;
    --site-brand-ink: #ffffff;
    --site-gold: #e0b44a;
    --site-link: #1f5130;
    --site-rubric: #e3eedf;
    --site-rubric-ink: #1f5130;
    min-height: 100vh;
    background: var(--site-paper);
    color: var(--site-ink);
    font: 17px/1.55 "PT Sans", "Liberation Sans", Arial, sans-serif;
  }
  .site[data-theme='dark'] {
    --site-ink: #e6edf3;
    --site-muted: #9ba7b4;
    --site-paper: #0d1117;
    --site-band: #131a16;
    --site-rule: #2a332d;
    --site-brand: #0f1f16;
    --site-link: #8fd19e;
    --site-rubric: #1d3324;
    --site-rubric-ink: #a8dcb3;
    color-scheme: dark;
  }
  .site a { color: inherit; }
  .site .wrap { max-width: 1180px; margin: 0 auto; padding: 0 24px; }

  .masthead { background: var(--site-brand); color: var(--site-brand-ink); }
  .masthead .wrap { display: flex; align-items: center; gap: 32px; min-height: 68px; }
  .logo { font-size: 28px; font-weight: 700; letter-spacing: 0.02em; text-decoration: none; }
  .logo span { color: var(--site-gold); }
  .tagline { font-size: 14px; opacity: 0.85; max-width: 16em; line-height: 1.3; }
  .languages { margin-left: auto; display: flex; gap: 4px; font-size: 14px; font-weight: 700; }
  .languages a { padding: 4px 8px; border-radius: 4px; text-decoration: none; }
  .languages a[aria-current] { background: var(--site-brand-ink); color: var(--site-brand); }

  .sections { background: var(--site-band); border-bottom: 1px solid var(--site-rule); }
  .sections ul { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0 auto; padding: 12px 24px; max-width: 1180px; box-sizing: border-box; list-style: none; font-size: 15px; font-weight: 700; }
  .sections a { text-decoration: none; }
  .sections a[aria-current] { color: var(--site-link); box-shadow: inset 0 -3px 0 currentColor; padding-bottom: 4px; }

  .site .columns { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 48px; padding-block: 28px 56px; }
  @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); } }
  .crumbs ol { display: flex; gap: 8px; margin: 0 0 18px; padding: 0; list-style: none; font-size: 14px; color: var(--site-muted); }
  .crumbs li + li::before { content: '›'; margin-right: 8px; }
  .crumbs a { color: var(--site-link); }

  .site news-article-card,
  .site news-latest-list {
    --news-color-accent: var(--site-link);
    --news-rubric-background: var(--site-rubric);
    --news-rubric-color: var(--site-rubric-ink);
  }
  .site news-article-card {
    --news-card-title-size: 2.1em;
    --news-body-size: 1.05em;
    --news-body-max-width: none;
  }
  /* On the article's own page the article is the page: no "read more", no panel in the dark theme. */
  .site news-article-card::part(read-more) { display: none; }
  .site[data-theme='dark'] news-article-card { --news-color-background: transparent; --news-padding: 0; }
  .site news-latest-list {
    --news-heading-size: 1.2em;
    --news-title-size: 0.98em;
  }
  .site news-latest-list::part(heading) {
    padding-bottom: 10px;
    border-bottom: 3px solid var(--site-brand);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .site[data-theme='dark'] news-latest-list::part(heading) { border-bottom-color: var(--site-link); }
  .sidebar { align-self: start; position: sticky; top: 16px; }

  .colophon { background: var(--site-brand); color: var(--site-brand-ink); font-size: 14px; }
  .colophon .wrap { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px 32px; padding-block: 24px; }
  .colophon p { margin: 0; }
`;

interface PageArgs {
  theme: 'light' | 'dark';
}

const SECTIONS = ['Главная', 'В центре внимания', 'Служба', 'Полезное', 'В мире', 'Интервью', 'Спецпроекты'];

const meta: Meta<PageArgs> = {
  title: 'Pages/Seed article page',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  globals: { locale: 'ru' },
  parameters: { endpoints: seedEndpoints, surface: 'none' } satisfies StoryParameters,
  render: ({ theme }) => html`
    ${hostStyles(SITE_CSS)}
    <div class="site" data-theme=${theme}>
      <header class="masthead">
        <div class="wrap">
          <a class="logo" href="https://sarbaz.example/ru/">SARBAZ<span>.kz</span></a>
          <p class="tagline">Военно-патриотический портал Министерства обороны</p>
          <nav class="languages" aria-label="Язык сайта">
            <a href="https://sarbaz.example/ru/" aria-current="true" lang="ru">РУС</a>
            <a href="https://sarbaz.example/kz/" lang="kk">ҚАЗ</a>
          </nav>
        </div>
      </header>
      <nav class="sections" aria-label="Рубрики">
        <ul>
          ${SECTIONS.map((name) => html`<li><a href="https://sarbaz.example/ru/" aria-current=${name === 'В мире' ? 'page' : nothing}>${name}</a></li>`)}
        </ul>
      </nav>
      <div class="wrap columns">
        <main>
          <nav class="crumbs" aria-label="Вы здесь">
            <ol>
              <li><a href="https://sarbaz.example/ru/">Главная</a></li>
              <li><a href="https://sarbaz.example/ru/rubric/v-mire">В мире</a></li>
            </ol>
          </nav>
          <news-article-card src=${SEED_ARTICLE} show-body heading-level="1" time-zone="Asia/Almaty" theme=${theme} loading="eager">
            <a href="https://sarbaz.example/ru/news/bagdad-i-vashington-vozobnovlyayut-peregovory">Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака</a>
          </news-article-card>
        </main>
        <aside class="sidebar" aria-label="Последние новости">
          <news-latest-list src=${SEED_LATEST} limit="10" time-zone="Asia/Almaty" theme=${theme} loading="eager">
            <a href="https://sarbaz.example/ru/news">Все новости</a>
          </news-latest-list>
        </aside>
      </div>
      <footer class="colophon">
        <div class="wrap">
          <p>© 2026 Sarbaz.kz — военно-патриотический портал</p>
          <p>При использовании материалов ссылка на Sarbaz.kz обязательна</p>
        </div>
      </footer>
    </div>
  `,
};
export default meta;

type Story = StoryObj<PageArgs>;

export const Light: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };
