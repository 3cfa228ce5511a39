// The builder's whole configuration as one plain object, the attributes and CSS it stands for,
// and its permalink form (the page's query string). No DOM here: tests read it as data.

export const ELEMENTS = ['news-latest-list', 'news-article-card', 'news-source-attribution'] as const;
export type WidgetTag = (typeof ELEMENTS)[number];
export const LIST_LAYOUTS = ['list', 'compact', 'grid', 'ticker', 'carousel'] as const;
export const CARD_LAYOUTS = ['vertical', 'horizontal', 'compact'] as const;
export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export const SCRIPTS = ['module', 'iife'] as const;
export const DATE_FORMATS = ['dd/MM/yyyy - HH:mm', 'dd.MM.yyyy HH:mm', 'd MMMM yyyy, HH:mm', 'd MMM, HH:mm', 'yyyy-MM-dd HH:mm', 'HH:mm'] as const;
export const TIME_ZONES = ['', 'Asia/Almaty', 'Asia/Tashkent', 'Europe/Moscow', 'Europe/Istanbul', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'] as const;
export const WORDINGS = ['short', 'full'] as const;
export const VARIANTS = ['inline', 'block'] as const;
/** Brand settings → the documented custom properties they set. */
export const BRAND = {
  accent: ['--news-color-accent', '--news-rubric-background'],
  text: ['--news-color-text'],
  background: ['--news-color-background'],
  font: ['--news-font-family'],
  radius: ['--news-radius'],
} as const;
export type BrandKey = keyof typeof BRAND;
export const FONTS = ['', 'system-ui, sans-serif', 'Georgia, serif', '"PT Sans", sans-serif', '"PT Serif", serif', 'ui-monospace, monospace'] as const;
export const RADII = ['', '0', '0.25em', '0.5em', '1em'] as const;

export interface BuilderState {
  /** A named feed of the edge, or '' when `url` is read through `/feed?url=`. */
  feed: string;
  /** An upstream address on an allowed origin (used when `feed` is ''). */
  url: string;
  element: WidgetTag;
  layout: string;
  lang: Language;
  limit: number;
  /** Chosen rubric names; none means every rubric. */
  rubric: string[];
  images: boolean;
  relative: boolean;
  dateFormat: string;
  timeZone: string;
  theme: (typeof THEMES)[number];
  accent: string;
  text: string;
  background: string;
  font: string;
  radius: string;
  script: (typeof SCRIPTS)[number];
  /** The card's item position in the feed. */
  index: number;
  /** The attribution's text. */
  outlet: string;
  outletUrl: string;
  cites: string;
  citesUrl: string;
  wording: (typeof WORDINGS)[number];
  variant: (typeof VARIANTS)[number];
}

export const DEFAULT_STATE: Readonly<BuilderState> = {
  feed: '', url: '', element: 'news-latest-list', layout: 'list', lang: 'ru', limit: 5, rubric: [], images: false, relative: false,
  dateFormat: DATE_FORMATS[0], timeZone: '', theme: 'light', accent: '', text: '', background: '', font: '', radius: '', script: 'module',
  index: 0, outlet: '', outletUrl: '', cites: '', citesUrl: '', wording: 'short', variant: 'inline',
};

/** Query parameter of each setting in the permalink. */
const PARAMS: Record<keyof BuilderState, string> = {
  feed: 'feed', url: 'url', element: 'element', layout: 'layout', lang: 'lang', limit: 'limit', rubric: 'rubric', images: 'images', relative: 'relative',
  dateFormat: 'date-format', timeZone: 'time-zone', theme: 'theme', accent: 'accent', text: 'text', background: 'background', font: 'font', radius: 'radius',
  script: 'script', index: 'index', outlet: 'outlet', outletUrl: 'outlet-url', cites: 'cites', citesUrl: 'cites-url', wording: 'wording', variant: 'variant',
};

const COLOR = /^#[0-9a-f]{6}$/i;
const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T): T => (value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback);
const wholeNumber = (value: string | null, min: number, max: number, fallback: number) => {
  const number = Number(value);
  return value !== null && value.trim() !== '' && Number.isInteger(number) && number >= min && number <= max ? number : fallback;
};
const text = (value: string | null, max = 200) => (value ?? '').slice(0, max);

/** The layouts the element has. */
export const layoutsOf = (element: WidgetTag): readonly string[] => (element === 'news-latest-list' ? LIST_LAYOUTS : element === 'news-article-card' ? CARD_LAYOUTS : []);

/** A state from a permalink's query; anything unknown or malformed falls back to the default. */
export function stateFromQuery(query: URLSearchParams, feeds: readonly string[] = []): BuilderState {
  const get = (key: keyof BuilderState) => query.get(PARAMS[key]);
  const element = oneOf(ELEMENTS, get('element'), DEFAULT_STATE.element);
  const layouts = layoutsOf(element);
  const feed = get('feed') ?? '';
  return {
    feed: feeds.includes(feed) ? feed : '',
    url: text(get('url'), 2000),
    element,
    layout: layouts.includes(get('layout') ?? '') ? get('layout')! : (layouts[0] ?? ''),
    lang: oneOf(LANGUAGES, get('lang'), DEFAULT_STATE.lang),
    limit: wholeNumber(get('limit'), 1, 50, DEFAULT_STATE.limit),
    rubric: (get('rubric') ?? '').split(',').map((name) => name.trim()).filter(Boolean).slice(0, 50),
    images: get('images') === '1',
    relative: get('relative') === '1',
    dateFormat: oneOf(DATE_FORMATS, get('dateFormat'), DEFAULT_STATE.dateFormat),
    timeZone: oneOf(TIME_ZONES, get('timeZone'), DEFAULT_STATE.timeZone),
    theme: oneOf(THEMES, get('theme'), DEFAULT_STATE.theme),
    accent: COLOR.test(get('accent') ?? '') ? get('accent')!.toLowerCase() : '',
    text: COLOR.test(get('text') ?? '') ? get('text')!.toLowerCase() : '',
    background: COLOR.test(get('background') ?? '') ? get('background')!.toLowerCase() : '',
    font: oneOf(FONTS, get('font'), ''),
    radius: oneOf(RADII, get('radius'), ''),
    script: oneOf(SCRIPTS, get('script'), DEFAULT_STATE.script),
    index: wholeNumber(get('index'), 0, 99, DEFAULT_STATE.index),
    outlet: text(get('outlet')),
    outletUrl: text(get('outletUrl'), 2000),
    cites: text(get('cites')),
    citesUrl: text(get('citesUrl'), 2000),
    wording: oneOf(WORDINGS, get('wording'), DEFAULT_STATE.wording),
    variant: oneOf(VARIANTS, get('variant'), DEFAULT_STATE.variant),
  };
}

/** The permalink's query: every setting that differs from the default. */
export function queryOf(state: BuilderState): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS) as [keyof BuilderState, string][]) {
    const value = state[key];
    const initial = DEFAULT_STATE[key];
    if (Array.isArray(value) ? value.length === 0 : value === initial) continue;
    query.set(param, Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return query;
}

/** Where the widget reads its feed, under the edge's address `edge` (no trailing slash). */
export function feedAddress(state: BuilderState, edge: string): string {
  const base = edge.replace(/\/+$/, '');
  if (state.feed) return `${base}/feeds/${encodeURIComponent(state.feed)}`;
  return state.url ? `${base}/feed?url=${encodeURIComponent(state.url)}` : '';
}

/**
 * The element's attributes for this state, in the order a partner reads them; defaults are left
 * out. `src` is given by the caller (the edge's address of the feed).
 */
export function attributesOf(state: BuilderState, src: string): [string, string][] {
  const pairs: [string, string][] = [];
  const add = (name: string, value: string | number | boolean, initial?: string | number | boolean) => {
    if (value === false || value === '' || value === initial) return;
    pairs.push([name, value === true ? '' : String(value)]);
  };
  if (state.element === 'news-source-attribution') {
    add('lang', state.lang);
    add('outlet', state.outlet);
    add('outlet-url', state.outletUrl);
    add('cites', state.cites);
    add('cites-url', state.citesUrl);
    add('wording', state.wording, 'short');
    add('variant', state.variant, 'inline');
    add('theme', state.theme, 'light');
    return pairs;
  }
  add('src', src);
  add('lang', state.lang);
  if (state.element === 'news-latest-list') {
    add('layout', state.layout, 'list');
    add('limit', state.limit, 10);
    add('rubric', state.rubric.join(','));
    if (state.layout !== 'ticker' && state.layout !== 'carousel') add('show-images', state.images);
  } else {
    add('layout', state.layout, 'vertical');
    add('index', state.index, 0);
  }
  add('relative-dates', state.relative);
  add('date-format', state.dateFormat, DATE_FORMATS[0]);
  add('time-zone', state.timeZone);
  add('theme', state.theme, 'light');
  return pairs;
}

/** The brand as custom-property declarations for the host page's stylesheet. */
export function brandOf(state: BuilderState): [string, string][] {
  const declarations: [string, string][] = [];
  for (const [key, properties] of Object.entries(BRAND) as [BrandKey, readonly string[]][]) {
    if (state[key]) for (const property of properties) declarations.push([property, state[key]]);
  }
  if (state.accent) declarations.push(['--news-rubric-color', contrastOn(state.accent)]);
  return declarations;
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function contrastOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
