import { css } from 'lit';

// Each set of theme tokens is written out for the light theme, then for theme="dark" and for
// theme="auto" in a dark color scheme: the same dark values twice (gzip stores the second as a
// reference), in plain `css` literals, which the build minifies (strings through unsafeCSS it cannot).

/**
 * What every element shares: theme tokens with fallbacks (set `--news-*` on `:root` or the
 * element), a reset of the inherited text properties a host page might have changed (the
 * font is the one thing inherited on purpose), focus rings, and the visually-hidden helper.
 * Sizes are in `em`, so a host's root font size cannot shrink the widget.
 */
export const sharedStyles = [
  css`
  :host {
    --_text: var(--news-color-text, #1f2328);
    --_muted: var(--news-color-muted, #59636e);
    --_accent: var(--news-color-accent, #0a58ca);
    --_surface: var(--news-color-background, transparent);
    --_focus: var(--news-color-focus, #0a58ca);
    --_radius: var(--news-radius, 0.5em);
    --_padding: var(--news-padding, 0);
  }
  :host([theme='dark']) {
    --_text: var(--news-color-text, #e6edf3);
    --_muted: var(--news-color-muted, #9ba7b4);
    --_accent: var(--news-color-accent, #6cb6ff);
    --_surface: var(--news-color-background, #161b22);
    --_focus: var(--news-color-focus, #6cb6ff);
    --_padding: var(--news-padding, 1em);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_text: var(--news-color-text, #e6edf3);
      --_muted: var(--news-color-muted, #9ba7b4);
      --_accent: var(--news-color-accent, #6cb6ff);
      --_surface: var(--news-color-background, #161b22);
      --_focus: var(--news-color-focus, #6cb6ff);
      --_padding: var(--news-padding, 1em);
      color-scheme: dark;
    }
  }
`,
  css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: var(--_padding);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: var(--news-font-family, inherit);
    font-size: var(--news-font-size, 1em);
    /* Inherited text properties a host page may force on every element (even with
       !important): an !important :host rule is the only one that outranks those. */
    color: var(--_text) !important;
    line-height: var(--news-line-height, 1.45) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    visibility: visible !important;
    direction: ltr;
    unicode-bidi: isolate;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.2em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`,
];

/**
 * What the feed elements (list and card) add: their own tokens, buttons, the rubric tag, the
 * status and error messages, and the loading skeleton.
 */
export const feedStyles = [
  css`
  :host {
    --_border: var(--news-color-border, #d1d9e0);
    --_rubric-text: var(--news-rubric-color, #9a1b12);
    --_rubric-background: var(--news-rubric-background, #fbeae8);
    --_skeleton: var(--news-color-skeleton, #e9edf1);
    --_gap: var(--news-gap, 0.75em);
  }
  :host([theme='dark']) {
    --_border: var(--news-color-border, #3d444d);
    --_rubric-text: var(--news-rubric-color, #ffb4a8);
    --_rubric-background: var(--news-rubric-background, #3b1f1b);
    --_skeleton: var(--news-color-skeleton, #262c36);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_border: var(--news-color-border, #3d444d);
      --_rubric-text: var(--news-rubric-color, #ffb4a8);
      --_rubric-background: var(--news-rubric-background, #3b1f1b);
      --_skeleton: var(--news-color-skeleton, #262c36);
      color-scheme: dark;
    }
  }
`,
  css`
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* The rubric tag, as the seed page shows it above each headline. */
  .rubric {
    padding: 0.1em 0.5em;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_rubric-background);
    color: var(--_rubric-text);
    font-size: 0.78em;
    font-weight: 600;
    letter-spacing: 0.01em;
    line-height: 1.5;
  }
  [part~='status'] {
    color: var(--_muted);
    margin: 0;
  }
  .error-detail {
    display: block;
  }
  /* The partner's fallback content, shown beside the error message. */
  .error + slot::slotted(*) {
    display: block;
    margin-block-start: 0.75em;
  }
  .retry {
    margin-block-start: 0.5em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .skeleton-line {
    display: block;
    height: 0.9em;
    margin-block: 0.3em;
    border-radius: 0.25em;
    background: var(--_skeleton);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  `,
];
