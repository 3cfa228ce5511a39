import type { TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';

/**
 * A partner's brand, set only the supported way: `--news-*` custom properties and `::part()`
 * rules, written in the host page's stylesheet (README, "Theming"). Nothing else reaches inside.
 */
export const BRAND_CSS = `
  .brand {
    --news-font-family: Georgia, "DejaVu Serif", serif;
    --news-color-text: #1d2b1f;
    --news-color-muted: #46513f;
    --news-color-accent: #2f5d34;
    --news-color-background: #f4f1e6;
    --news-color-border: #c9c2a8;
    --news-color-focus: #a4531a;
    --news-color-skeleton: #e2dcc8;
    --news-rubric-background: #2f5d34;
    --news-rubric-color: #ffffff;
    --news-attribution-background: #e9e4d2;
    --news-attribution-rule: #2f5d34;
    --news-radius: 0;
    --news-padding: 1.25em;
    --news-title-weight: 700;
  }
  .brand::part(heading) {
    border-block-end: 0.2em solid #2f5d34;
    padding-block-end: 0.3em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .brand::part(rubric) {
    font-family: system-ui, "DejaVu Sans", sans-serif;
    font-size: 0.72em;
    text-transform: uppercase;
    letter-spacing: 0.08em;
  }
  .brand::part(date) {
    font-variant-numeric: tabular-nums;
  }
`;

/** A host page's own stylesheet, as a `<style>` element (static: no bindings inside). */
export function hostStyles(css: string): TemplateResult {
  return staticHtml`<style>${unsafeStatic(css)}</style>`;
}

/** The brand's stylesheet, as a partner page would have it. */
export const brandStyles = (): TemplateResult => hostStyles(BRAND_CSS);

