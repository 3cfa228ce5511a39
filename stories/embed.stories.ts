import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import { attributes } from './support/attributes.js';
import { cspFor, embedSnippet } from './support/embed.js';
import { describedArgTypes } from './support/manifest.js';
import { SEED_ARTICLE, SEED_LATEST, seedEndpoints } from './support/endpoints.js';
import type { StoryParameters } from './support/story-types.js';

// The "Embed on your site" page (embed.mdx): pick attributes with the controls, copy the
// snippet. The widget above the snippet is exactly what the snippet makes.

type EmbedArgs = Record<string, string | number | boolean | undefined>;

interface Embed {
  tag: string;
  /** The partner's fallback content: shown before the script runs and if it fails. */
  fallback: string;
}

async function copy(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const block = button.closest('figure')!;
  const code = block.querySelector('code')!;
  const status = block.querySelector('[role="status"]')!;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    // No clipboard access (an iframe without the permission): select it for Ctrl+C instead.
    getSelection()?.selectAllChildren(code);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

function codeBlock(label: string, code: string): TemplateResult {
  return html`
    <figure class="code">
      <figcaption>
        <span>${label}</span>
        <span role="status"></span>
        <button type="button" @click=${copy}>Copy</button>
      </figcaption>
      <pre><code>${code}</code></pre>
    </figure>
  `;
}

const EMBED_CSS = `
  .embed { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; font: 15px/1.5 system-ui, "DejaVu Sans", sans-serif; color: #1f2328; }
  .embed .preview { padding: 1.25rem; border: 1px dashed #b6bfc8; border-radius: 8px; }
  .embed .code { margin: 0; border: 1px solid #d1d9e0; border-radius: 8px; overflow: hidden; }
  .embed figcaption { display: flex; align-items: center; gap: 0.75rem; padding: 0.4rem 0.75rem; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; font-weight: 600; }
  .embed figcaption button { padding: 0.2rem 0.8rem; border: 1px solid #b6bfc8; border-radius: 6px; background: #fff; font: inherit; cursor: pointer; }
  .embed figcaption [role='status'] { margin-left: auto; font-weight: 400; color: #59636e; }
  .embed pre { margin: 0; padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; font: 13px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; }
`;

function renderEmbed({ tag, fallback }: Embed, args: EmbedArgs, { globals }: StoryContext): TemplateResult {
  const element = unsafeStatic(tag);
  const src = typeof args.src === 'string' ? args.src : undefined;
  return html`
    ${staticHtml`<style>${unsafeStatic(EMBED_CSS)}</style>`}
    <div class="embed">
      <div class="preview" lang=${String(args.lang || globals.locale || 'ru')}>
        ${staticHtml`<${element} ${attributes(args)}>${unsafeStatic(fallback)}</${element}>`}
      </div>
      <div lang="en">
        ${codeBlock('HTML: paste where the widget goes', embedSnippet(tag, args, fallback))}
      </div>
      <div lang="en">
        ${codeBlock('Content-Security-Policy: add to your page\'s policy', cspFor(src))}
      </div>
    </div>
  `;
}

/** A story whose Controls are the element's attributes and whose "Show code" is the snippet. */
function embedStory(embed: Embed, args: EmbedArgs, controls: StoryObj<EmbedArgs>['argTypes'] = {}): StoryObj<EmbedArgs> {
  const described = describedArgTypes(embed.tag, Object.keys(args));
  return {
    args,
    argTypes: Object.fromEntries(Object.keys(args).map((name) => [name, { ...described[name], ...controls[name] }])),
    render: (storyArgs, context) => renderEmbed(embed, storyArgs, context),
    parameters: {
      docs: { source: { transform: (_code: string, context: StoryContext) => embedSnippet(embed.tag, context.args, embed.fallback) } },
    },
  };
}

const meta: Meta<EmbedArgs> = {
  title: 'Embed on your site',
  // The page is embed.mdx.
  tags: ['!autodocs'],
  parameters: { endpoints: seedEndpoints, surface: 'light' } satisfies StoryParameters,
};
export default meta;

const themes = { control: 'inline-radio', options: ['light', 'dark', 'auto'] } as const;
const languages = { control: 'inline-radio', options: ['ru', 'kk', 'en'] } as const;

export const LatestList = embedStory(
  { tag: 'news-latest-list', fallback: '<a href="https://sarbaz.example/ru/news">Все новости Sarbaz.kz</a>' },
  { src: SEED_LATEST, lang: 'ru', limit: 6, rubric: '', layout: 'list', theme: 'light', 'time-zone': 'Asia/Almaty', 'relative-dates': false, 'show-images': false, 'link-target': '', 'link-params': '' },
  {
    lang: languages,
    layout: { control: 'inline-radio', options: ['list', 'compact', 'grid'] },
    theme: themes,
    'link-target': { control: { type: 'inline-radio', labels: { '': 'same tab' } }, options: ['', '_blank'] },
  },
);

export const ArticleCard = embedStory(
  { tag: 'news-article-card', fallback: '<a href="https://sarbaz.example/ru/news/bagdad-i-vashington-vozobnovlyayut-peregovory">Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака</a>' },
  { src: SEED_ARTICLE, lang: 'ru', layout: 'horizontal', theme: 'light', 'show-body': false, 'time-zone': 'Asia/Almaty' },
  {
    lang: languages,
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    theme: themes,
  },
);

export const SourceAttribution = embedStory(
  { tag: 'news-source-attribution', fallback: '' },
  { lang: 'ru', outlet: 'Sarbaz.kz', 'outlet-url': 'https://sarbaz.example/', cites: 'Jerusalem Post', 'cites-url': 'https://www.jpost.example/middle-east', wording: 'short', variant: 'block', theme: 'light' },
  {
    lang: languages,
    wording: { control: 'inline-radio', options: ['short', 'full'] },
    variant: { control: 'inline-radio', options: ['inline', 'block'] },
    theme: themes,
  },
);
