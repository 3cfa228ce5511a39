// A lead that is only the body's first words (WordPress's automatic excerpt: the first 55 words
// and " […]") says nothing the body does not say next: a card showing the body leaves it out.

// A trailing ellipsis, bracketed or not, as excerpts end: "…", "...", "[…]", "[...]".
const TRAILING_ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*$/u;
const WHITESPACE = /\s+/gu;

/** Whether `lead` is the beginning of `bodyText`, ignoring whitespace (so markup's block breaks) and a trailing ellipsis. */
export function leadStartsBody(lead: string | undefined, bodyText: string): boolean {
  if (!lead) return false;
  const start = lead.replace(TRAILING_ELLIPSIS, '').replace(WHITESPACE, '');
  return start.length > 0 && bodyText.replace(WHITESPACE, '').startsWith(start);
}
