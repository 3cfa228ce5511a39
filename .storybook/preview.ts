import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
// Generated from the components' JSDoc by `cem analyze` (npm run build): it drives autodocs and controls.
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { clearFeedCache } from '../src/data/fetch/fetch-feed.js';
import { useEndpoints, type Endpoints } from '../mocks/mock-fetch.js';

setCustomElementsManifest(manifest);

export type Surface = 'light' | 'dark' | 'none';

// The host page's font: widgets inherit it, as they would a partner's.
const FONT = '16px/1.5 system-ui, "Liberation Sans", Arial, sans-serif';
const SURFACES: Record<Surface, Record<string, string>> = {
  light: { background: '#ffffff', color: '#1f2328', padding: '1.5rem', font: FONT },
  dark: { background: '#0d1117', color: '#e6edf3', padding: '1.5rem', font: FONT, 'color-scheme': 'dark' },
  // Pages draw their own background.
  none: {},
};

/**
 * The story root: the toolbar's language as `lang` (widgets read it from the nearest `[lang]`),
 * the host page's surface (`parameters.surface`), and the story's endpoints (`parameters.endpoints`).
 */
const withStoryRoot: Decorator = (story, { globals, parameters }) => {
  // Every story starts from the network, as a freshly loaded page would.
  clearFeedCache();
  useEndpoints(parameters.endpoints as Endpoints | undefined);
  const surface = (parameters.surface as Surface | undefined) ?? 'light';
  return html`<div class="story-root" lang=${globals.locale ?? 'ru'} style=${styleMap(SURFACES[surface])}>${story()}</div>`;
};

// Categories the manifest gives argTypes, in the order the docs tables show them. Stories mirror
// attributes (and `--news-*` properties, set as inline style), so only those two have live controls;
// properties, parts, events and slots are documented, not controlled.
const CATEGORIES = ['attributes', 'css custom properties', 'css shadow parts', 'events', 'slots', 'properties'];
const LIVE = new Set(['attributes', 'css custom properties']);

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgType = ReturnType<ArgTypesEnhancer>[string];

/** An attribute's control from its documented type: a radio for a union of string literals, else text. */
function attributeControl(argType: ArgType): ArgType {
  const control = argType.control as { type?: string } | string | false | undefined;
  const inferred = control === undefined || (typeof control === 'object' && control.type === 'object');
  if (!inferred) return argType;
  const type = String(argType.table?.type?.summary ?? '');
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  if (literals.length > 1 && /^'[^']*'(\s*\|\s*'[^']*')+$/.test(type.trim())) return { ...argType, control: 'inline-radio', options: literals };
  return ['number', 'boolean'].includes(type) ? argType : { ...argType, control: 'text' };
}

const attributesFirst: ArgTypesEnhancer = ({ argTypes }) => {
  const rank = (category: unknown) => CATEGORIES.indexOf(String(category));
  const entries = Object.entries(argTypes).sort(([, a], [, b]) => rank(a.table?.category) - rank(b.table?.category));
  return Object.fromEntries(entries.map(([name, argType]) => {
    const category = argType.table?.category;
    if (category === 'attributes') return [name, attributeControl(argType)];
    return [name, category && !LIVE.has(category) ? { ...argType, control: false as const } : argType];
  }));
};

const preview: Preview = {
  decorators: [withStoryRoot, withActions],
  argTypesEnhancers: [attributesFirst],
  globalTypes: {
    locale: {
      description: 'Language of the widgets: `lang` on the story root',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'ru', right: 'ru', title: 'Русский' },
          { value: 'kk', right: 'kk', title: 'Қазақша' },
          { value: 'en', right: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'ru' },
  parameters: {
    a11y: { test: 'error' },
    actions: { handles: ['news-load', 'news-error', 'news-item-click'] },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { excludeDecorators: true } },
    layout: 'fullscreen',
    options: {
      storySort: { order: ['Embed on your site', 'Pages', 'Widgets', 'States', 'Endpoint shapes', 'Theming'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
