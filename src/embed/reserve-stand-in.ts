// Stands in for src/embed/reserve.ts (the issue on what a widget costs its page) until it lands:
// the same signature and the same cases answered (the list's `list` and `compact` layouts), with
// rough row heights. The builder imports `reservedBlockSize` from here and nowhere else.

const ROW: Record<string, number> = { list: 4.8, compact: 3.2 };

/** The block size (a CSS length) to reserve for an element with these attributes before it renders; undefined where attributes cannot tell. */
export function reservedBlockSize(tag: string, attributes: Readonly<Record<string, string | number | boolean | null | undefined>> = {}): string | undefined {
  const layout = String(attributes.layout ?? 'list');
  if (tag !== 'news-latest-list' || !(layout in ROW)) return undefined;
  const limit = Math.floor(Number(attributes.limit)) || 10;
  const pageSize = Math.floor(Number(attributes['page-size'])) || 0;
  const rows = pageSize ? Math.min(pageSize, limit) : limit;
  const heading = attributes.heading === '' ? 0 : 2.5;
  const dark = attributes.theme === 'dark' || attributes.theme === 'auto' ? 2 : 0;
  return `${Math.round((heading + dark + rows * ROW[layout]) * 100) / 100}em`;
}
