// An address as the feed wrote it: bare, in <…>, (…) or […], maybe with mailto:.
const EMAIL = /[<([]?\s*(?:mailto:)?[^\s@<>()[\],;:"']+@[^\s@<>()[\],;:"']+\.[^\s@<>()[\],;:"']+\s*[>)\]]?/gi;

/**
 * The name in an author field: RSS writes "email (Name)", others "Name (email)", "Name <email>"
 * or a bare email. An email address is never a name: undefined when nothing else is left.
 */
export function personName(value: string): string | undefined {
  let name = value.replace(EMAIL, ' ').replace(/\s+/g, ' ').trim();
  // What is left of "email (Name)" is "(Name)"; of '"Name" <email>', '"Name"'.
  for (;;) {
    const unwrapped = name.replace(/^\(([^()]*)\)$|^"([^"]*)"$|^'([^']*)'$/, '$1$2$3').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
    if (unwrapped === name) break;
    name = unwrapped;
  }
  return name || undefined;
}
