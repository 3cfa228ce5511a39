// The box an embed reserves for a widget before its script arrives, so that nothing on the
// partner's page moves when the widget renders (issue 24). Pure arithmetic, no DOM: the builder
// page, Storybook's "Embed on your site" and the README's examples print what it returns.
//
// The figures are the list's own stylesheet's (latest-list.styles.ts), at the default theme
// sizes: every row of a `list` or `compact` list has one height (rubric tag, headline clamped to
// `--news-title-lines` lines, date), so the widget's height follows from its attributes alone.

/** An element's attributes as written in HTML: a boolean attribute is `true` or `''`; `false`, `null` and `undefined` are absent. */
export type EmbedAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface ReserveOptions {
  /** Headline lines per row, when the page sets `--news-title-lines` (default 2). */
  titleLines?: number;
  /**
   * The column's width in the widget's `em` (its pixels ÷ its font size), for the `grid` layout,
   * whose number of columns depends on it. Without it a grid reserves nothing.
   */
  inlineSize?: number;
}

const LINE_HEIGHT = 1.45;
const GAP = 0.75;
const HEADING = 1.35 * 1.25 + 1.35 * 0.6;
const RUBRIC = 0.78 * (1.5 + 2 * 0.1);
const META = 0.85 * LINE_HEIGHT;
const MORE = GAP + 2 * 0.45 + LINE_HEIGHT;
/** The dark theme's padding (`--news-padding`), on both sides. */
const DARK_PADDING = 2;
const GRID_MIN = 14;
const GRID_GAP = GAP * 1.5;

/** An attribute's value as HTML has it: null when absent. */
function valueOf(attributes: EmbedAttributes, name: string): string | null {
  const value = attributes[name];
  if (value === undefined || value === null || value === false) return null;
  return value === true ? '' : String(value);
}

function count(value: string | null, fallback: number): number {
  return Math.max(0, Math.floor(Number(value) || 0)) || fallback;
}

/** `calc(12.3456em + 5px)`: the em part rounded to 1/10,000 em. */
function length(em: number, px: number): string {
  const ems = `${Number(em.toFixed(4))}em`;
  return px ? `calc(${ems} + ${px}px)` : ems;
}

/** Rows of the list layouts: the height of their text, and how much padding each row has above and below. */
function listRows(layout: string, lines: number, rows: number): [em: number, px: number] | undefined {
  if (layout === 'list') {
    const text = RUBRIC + 2 * 0.2 + lines * 1.05 * 1.3 + META;
    // Each row: padding above and below (none above the first) and a 1px rule below.
    return [rows * text + (2 * rows - 1) * GAP, rows];
  }
  if (layout === 'compact') {
    // Half a gap above and below every row, the first too, and a 1px rule below.
    const text = lines * LINE_HEIGHT;
    return [rows * (text + GAP), rows];
  }
  return undefined;
}

function gridRows(lines: number, rows: number, inlineSize: number): [em: number, px: number] {
  const columns = Math.max(1, Math.floor((inlineSize + GRID_GAP) / (GRID_MIN + GRID_GAP)));
  const column = (inlineSize - (columns - 1) * GRID_GAP) / columns;
  const lineCount = Math.ceil(rows / columns);
  const card = column * (10 / 16) + GAP + RUBRIC + 2 * 0.2 + lines * 1.05 * 1.3 + META;
  return [lineCount * card + (lineCount - 1) * GRID_GAP, 0];
}

/**
 * The block size (height, in horizontal writing) a widget takes once rendered, as a CSS length
 * in `em` of the widget's font size (plus whole pixels for its 1px rules), worked out from its
 * attributes: `limit`, `page-size`, `layout`, `heading`, `theme`. Reserve it before the script
 * arrives (`min-block-size`, see `reservationStyle`) and the page below the widget does not move
 * when it renders.
 *
 * Covers `<news-latest-list>` in the `list` and `compact` layouts, and `grid` when
 * `options.inlineSize` gives the column's width. Undefined where the height depends on content or
 * width that attributes do not tell: the `ticker` and `carousel` layouts, the article card, the
 * attribution.
 *
 * It assumes the default theme sizes (`--news-font-size`, `--news-line-height`, `--news-gap`,
 * `--news-title-size`, `--news-heading-size`, `--news-padding`); a page that changes them
 * reserves what it measures. A feed with fewer items than `limit`, or an error message, leaves
 * room below the widget; `theme="auto"` reserves the dark theme's padding, which a light page
 * shows as room too. Nothing moves either way.
 *
 * @example reservedBlockSize('news-latest-list', { limit: 5 }) // 'calc(37.69em + 5px)': the heading and five rows
 */
export function reservedBlockSize(tag: string, attributes: EmbedAttributes = {}, options: ReserveOptions = {}): string | undefined {
  if (tag !== 'news-latest-list') return undefined;
  const layout = valueOf(attributes, 'layout') ?? 'list';
  const lines = Math.max(1, Math.floor(options.titleLines ?? 2));
  const limit = count(valueOf(attributes, 'limit'), 10);
  const pageSize = Math.max(0, Math.floor(Number(valueOf(attributes, 'page-size')) || 0));
  const rows = pageSize ? Math.min(pageSize, limit) : limit;
  const items = layout === 'grid'
    ? options.inlineSize && options.inlineSize > 0 ? gridRows(lines, rows, options.inlineSize) : undefined
    : listRows(layout, lines, rows);
  if (!items) return undefined;
  let [em, px] = items;
  if (valueOf(attributes, 'heading') !== '') em += HEADING;
  // "Show more" under the first page, when the feed has more items than a page.
  if (pageSize && pageSize < limit) {
    em += MORE;
    px += 2;
  }
  const theme = valueOf(attributes, 'theme');
  if (theme === 'dark' || theme === 'auto') em += DARK_PADDING;
  return length(em, px);
}

/**
 * What the element's `style` attribute carries to hold its box before the script arrives —
 * `display:block;box-sizing:border-box;min-block-size:…` (an element not yet defined is inline,
 * where a height does not apply; the widget counts its padding in its size, as `border-box`
 * does) — or undefined when `reservedBlockSize` has no answer. Under a CSP without
 * `'unsafe-inline'` styles, put the same declarations in the page's stylesheet instead.
 */
export function reservationStyle(tag: string, attributes: EmbedAttributes = {}, options: ReserveOptions = {}): string | undefined {
  const size = reservedBlockSize(tag, attributes, options);
  return size && `display:block;box-sizing:border-box;min-block-size:${size}`;
}
