import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type AttributeValue = string | number | boolean | null | undefined;

/**
 * The attributes a story's args stand for: args are named like the attributes (`page-size`),
 * `--news-*` args are custom properties. `true` is a boolean attribute, `false`, `''`,
 * `null` and `undefined` leave it out; anything camelCase (properties, event actions) is not markup.
 */
export function markupOf(args: object): { attributes: [string, string][]; style: [string, string][] } {
  const attributes: [string, string][] = [];
  const style: [string, string][] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === false || value === '' || value === null || value === undefined) continue;
    if (name.startsWith('--')) style.push([name, String(value)]);
    else if (/^[a-z][a-z0-9-]*$/.test(name) && (typeof value === 'string' || typeof value === 'number' || value === true)) {
      attributes.push([name, value === true ? '' : String(value)]);
    }
  }
  return { attributes, style };
}

class AttributesDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element: <news-latest-list ${attributes(args)}>');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element as HTMLElement;
    const { attributes, style } = markupOf(args);
    const names = new Set(attributes.map(([name]) => name));
    for (const name of this.names) if (!names.has(name)) element.removeAttribute(name);
    for (const [name, value] of attributes) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    const css = style.map(([name, value]) => `${name}: ${value}`).join('; ');
    if (css) element.setAttribute('style', css);
    else if (this.names.has('style')) element.removeAttribute('style');
    this.names = css ? new Set([...names, 'style']) : names;
    return nothing;
  }
}

/** Sets an element's attributes (and `--news-*` custom properties) from story args. */
export const attributes = directive(AttributesDirective);
