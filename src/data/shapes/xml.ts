/** Small helpers for reading RSS and Atom documents by local name, whatever the prefix. */

export function isXmlDocument(root: unknown): root is Document {
  return typeof Document !== 'undefined' && root instanceof Document;
}

export function children(parent: Element, localName: string, namespace?: string): Element[] {
  return [...parent.children].filter(
    (child) => child.localName === localName && (namespace === undefined || child.namespaceURI === namespace),
  );
}

export function child(parent: Element, localName: string, namespace?: string): Element | undefined {
  return children(parent, localName, namespace)[0];
}

export function text(element: Element | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value || undefined;
}

export const MEDIA_NS = 'http://search.yahoo.com/mrss/';

/** An image from `media:content`/`media:thumbnail` or an image `enclosure`/`link rel=enclosure`. */
export function mediaImage(entry: Element): unknown {
  const media = [...children(entry, 'content', MEDIA_NS), ...children(entry, 'thumbnail', MEDIA_NS)].find(
    (element) => !element.getAttribute('medium') || element.getAttribute('medium') === 'image',
  );
  if (media) {
    return {
      url: media.getAttribute('url'),
      width: media.getAttribute('width'),
      height: media.getAttribute('height'),
      alt: text(child(media, 'description', MEDIA_NS)) ?? text(child(media, 'title', MEDIA_NS)),
    };
  }
  const enclosure = [...children(entry, 'enclosure'), ...children(entry, 'link').filter((link) => link.getAttribute('rel') === 'enclosure')].find(
    (element) => element.getAttribute('type')?.startsWith('image/'),
  );
  return enclosure?.getAttribute('url') ?? enclosure?.getAttribute('href') ?? undefined;
}
