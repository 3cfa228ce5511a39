import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    --_ratio: var(--news-card-image-ratio, 16 / 9);
    --_title-size: var(--news-card-title-size, 1.45em);
    --_title-weight: var(--news-card-title-weight, 700);
    --_image-radius: calc(var(--_radius) * 0.75);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  /* The image box reserves its space before anything loads, so nothing below it moves. */
  .media {
    position: relative;
    aspect-ratio: var(--_ratio);
    overflow: hidden;
    border-radius: var(--_image-radius);
    background: var(--_skeleton);
    color: var(--_muted);
  }
  .placeholder {
    position: absolute;
    inset: 0;
    width: min(3em, 40%);
    height: min(3em, 40%);
    margin: auto;
    opacity: 0.55;
  }
  .image {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .image.failed {
    opacity: 0;
  }

  .text {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.45em;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: var(--_title-weight);
    line-height: 1.25;
    color: var(--_text);
    text-wrap: balance;
  }
  .title a:hover {
    color: var(--_accent);
  }
  .summary {
    margin: 0;
    font-size: 1.05em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.8em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.88em;
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  /* A plain line of its own: the block variant (sentence case) without its box. */
  .attribution {
    --news-color-text: var(--_muted);
    --news-attribution-background: none;
    --news-attribution-rule: none;
    --news-attribution-padding: 0;
    --news-attribution-size: 1em;
    align-self: stretch;
    font-size: 0.88em;
  }
  .read-more {
    align-self: flex-start;
    justify-self: start;
    margin-block-start: 0.2em;
    color: var(--_accent);
    font-weight: 600;
  }
  .read-more::after {
    content: '→' / '';
    margin-inline-start: 0.35em;
  }
  .empty,
  .stale {
    padding-block: 0.5em;
  }
  .stale {
    font-size: 0.85em;
  }

  /* The article text: a readable measure and rhythm, whatever markup the outlet sends. */
  .body {
    max-width: var(--news-body-max-width, 70ch);
    font-size: var(--news-body-size, 1.05em);
    line-height: 1.65;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body :is(p, ul, ol, dl, pre, table, figure) {
    margin-block: 0 1em;
    margin-inline: 0;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 1.4em 0.5em;
    line-height: 1.3;
  }
  .body :is(h1, h2) {
    font-size: 1.3em;
  }
  .body h3 {
    font-size: 1.15em;
  }
  .body :is(h4, h5, h6) {
    font-size: 1em;
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.4em;
  }
  .body li + li {
    margin-block-start: 0.3em;
  }
  .body blockquote {
    margin: 1.2em 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
    font-style: italic;
  }
  .body a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
  }
  .body :is(img, video) {
    max-width: 100%;
    height: auto;
    border-radius: var(--_image-radius);
  }
  .body figcaption {
    margin-block-start: 0.4em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .body :is(pre, table) {
    display: block;
    max-width: 100%;
    overflow-x: auto;
  }
  .body table {
    border-collapse: collapse;
  }
  .body :is(th, td) {
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
  }
  .body hr {
    margin: 1.5em 0;
    border: 0;
    border-block-start: 1px solid var(--_border);
  }

  /* Skeleton: the card's own boxes, so the real card replaces it without a jump. */
  .skeleton .text {
    align-items: stretch;
    gap: 0.15em;
  }
  .rubric-line {
    width: 6em;
  }
  .title-line {
    height: 1.2em;
    width: 92%;
  }
  .summary-line {
    width: 100%;
  }
  .second {
    width: 60%;
  }
  .meta-line {
    width: 10em;
  }
  .attribution-line {
    width: 16em;
    max-width: 80%;
  }

  /* horizontal: image beside the text; below 34em of card width it stacks like vertical. */
  :host([layout='horizontal']) {
    container: news-card / inline-size;
  }
  @container news-card (min-width: 34em) {
    :host([layout='horizontal']) .card {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
      gap: var(--_gap) calc(var(--_gap) * 1.5);
      --_title-size: var(--news-card-title-size, 1.3em);
    }
  }

  /* compact: a small thumbnail beside the headline, no lead. */
  :host([layout='compact']) {
    --_title-size: var(--news-card-title-size, 1.05em);
    --_title-weight: var(--news-card-title-weight, 600);
  }
  :host([layout='compact']) .card {
    display: grid;
    grid-template-columns: var(--news-card-thumbnail-size, 6.5em) minmax(0, 1fr);
    align-items: start;
    gap: 0.6em var(--_gap);
  }
  :host([layout='compact']) .text {
    gap: 0.3em;
  }
  :host([layout='compact']) .placeholder {
    width: 45%;
    height: 45%;
  }

  :host([layout='horizontal']) :is(.body, .body + .read-more),
  :host([layout='compact']) :is(.body, .body + .read-more) {
    grid-column: 1 / -1;
  }
`;
