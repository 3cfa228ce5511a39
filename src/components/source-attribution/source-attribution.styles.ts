import { css } from 'lit';

export const sourceAttributionStyles = css`
  /* inline (default): a phrase that flows in the host's text, with no box of its own. */
  :host {
    display: inline;
    padding: 0;
    border-radius: 0;
    background: none;
  }
  :host([variant='block']) {
    display: block;
  }
  :host([variant='block']) .attribution {
    display: block;
    padding: var(--news-attribution-padding, 0.55em 0.85em);
    border-inline-start: var(--news-attribution-rule, 0.2em solid var(--_accent));
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: var(--news-attribution-background, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
    font-size: var(--news-attribution-size, 0.92em);
  }
  a {
    color: var(--news-attribution-link-color, var(--_accent));
    /* Underlined: a link inside running text must not rely on color alone. */
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.1em;
  }
  .attribution > * + *::before {
    content: '·' / '';
    margin-inline: 0.15em 0.4em;
    color: var(--_muted);
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  time {
    white-space: nowrap;
  }
`;
