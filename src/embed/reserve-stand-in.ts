// Stands in for src/embed/reserve.ts (the issue on what a widget costs its page) until it lands:
// the same signature, with rough per-layout heights, so the builder's "reserved size" snippet
// has a value to show. The builder imports `reservedBlockSize` from here and nowhere else.

const LIST_ROW: Record<string, number> = { list: 4.6, compact: 2.2, grid: 9 };
const FIXED: Record<string, number> = { ticker: 3.6, carousel: 20 };
const CARD: Record<string, number> = { vertical: 26, horizontal: 14, compact: 6 };

/** The block size (a CSS length) to reserve for an element with these attributes before it renders. */
export function reservedBlockSize(tag: string, attributes: Record<string, string>): string {
  if (tag === 'news-article-card') return `${CARD[attributes.layout ?? 'vertical'] ?? CARD.vertical}em`;
  if (tag === 'news-source-attribution') return attributes.variant === 'block' ? '3em' : '1.5em';
  const layout = attributes.layout ?? 'list';
  const heading = attributes.heading === '' ? 0 : 2.6;
  if (layout in FIXED) return `${FIXED[layout] + heading}em`;
  const limit = Math.max(1, Math.min(Number(attributes['page-size'] || attributes.limit || 10), Number(attributes.limit || 10)));
  const rows = layout === 'grid' ? Math.ceil(limit / 2) : limit;
  return `${Math.round((heading + rows * (LIST_ROW[layout] ?? LIST_ROW.list)) * 10) / 10}em`;
}
