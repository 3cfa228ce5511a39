import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../../dist/custom-elements.json' with { type: 'json' };

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

/** An element's attributes as the Custom Elements Manifest (from the JSDoc) documents them. */
function attributesOf(tag: string): ManifestAttribute[] {
  const modules = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules;
  return modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)?.attributes ?? [];
}

/** A default as markup would write it: `'list'` → `list`, `10` → `10`; none for `''`, `null`, `false` and constants. */
function markupDefault(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const quoted = /^'(.+)'$/.exec(value);
  if (quoted) return quoted[1];
  return /^-?[\d_.]+$/.test(value) ? value.replace(/_/g, '') : undefined;
}

/** Attribute → its default value written as in markup, for leaving defaults out of snippets. */
export function defaultsOf(tag: string): Map<string, string> {
  return new Map(attributesOf(tag).flatMap((attribute) => {
    const value = markupDefault(attribute.default);
    return value === undefined ? [] : [[attribute.name, value] as [string, string]];
  }));
}

/** Storybook argTypes for these attributes, described from the manifest. */
export function describedArgTypes(tag: string, names: string[]): ArgTypes {
  const documented = new Map(attributesOf(tag).map((attribute) => [attribute.name, attribute]));
  return Object.fromEntries(names.map((name) => {
    const attribute = documented.get(name);
    if (name === 'lang') return [name, { description: 'Language: the element\'s, else the nearest `[lang]` ancestor\'s, else `<html lang>`.' }];
    return [name, {
      description: attribute?.description,
      table: { type: { summary: attribute?.type?.text ?? 'string' }, defaultValue: { summary: attribute?.default } },
    }];
  }));
}
