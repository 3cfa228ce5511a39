import { css } from 'lit';

export const latestListStyles = css`
  :host {
    --_title-size: var(--news-title-size, 1.05em);
    --_title-weight: var(--news-title-weight, 600);
    --_image-radius: calc(var(--_radius) * 0.75);
    /* Every row has one height, known before the script runs (src/embed/reserve.ts works it out
       from the same figures), so an embed can reserve the widget's box and nothing moves when it
       renders: the rubric tag's line, the headline's lines (clamped), the date's line. */
    --_title-lines: var(--news-title-lines, 2);
    --_item-text: calc(0.78em * 1.7 + 0.4em + var(--_title-lines) * var(--_title-size) * 1.3 + 0.85em * var(--news-line-height, 1.45));
  }
  .heading {
    margin: 0 0 0.6em;
    font-size: var(--news-heading-size, 1.35em);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_text);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow-anchor: auto;
  }
  .item {
    display: flex;
    gap: var(--_gap);
    align-items: flex-start;
    margin: 0;
    padding-block: var(--_gap);
    border-block-end: 1px solid var(--_border);
    min-block-size: calc(var(--_item-text) + 2 * var(--_gap) + 1px);
  }
  .item:first-child {
    padding-block-start: 0;
    min-block-size: calc(var(--_item-text) + var(--_gap) + 1px);
  }
  .item.fresh {
    background: var(--news-new-highlight, color-mix(in srgb, var(--_accent) 9%, transparent));
    animation: arrive 1.2s ease-out;
  }
  @keyframes arrive {
    from {
      /* Strong enough to catch the eye, light enough that muted text keeps its contrast (4.5:1). */
      background: color-mix(in srgb, var(--_accent) 15%, transparent);
    }
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    flex: 1;
  }
  /* The rows of the list, compact and grid layouts (not the ticker's or the carousel's). */
  .item .text {
    min-block-size: var(--_item-text);
  }
  .item .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
  }
  .item .meta {
    margin-block-start: auto;
  }
  .rubric {
    align-self: flex-start;
    max-width: 100%;
  }
  .rubric,
  .meta,
  .meta > * {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .title {
    font-size: var(--_title-size);
    font-weight: var(--_title-weight);
    line-height: 1.3;
    color: var(--_text);
  }
  a.title:hover {
    color: var(--_accent);
  }
  .meta {
    display: flex;
    gap: 0 0.8em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  time {
    flex: none;
    font-variant-numeric: tabular-nums;
  }
  .image {
    flex: none;
    width: 6em;
    aspect-ratio: 16 / 10;
    height: auto;
    object-fit: cover;
    border-radius: var(--_image-radius);
    background: var(--_skeleton);
  }
  .placeholder {
    display: block;
  }
  .status,
  .empty,
  .stale {
    padding-block: 0.5em;
  }
  .stale {
    font-size: 0.85em;
  }
  .more {
    display: block;
    margin-block-start: var(--_gap);
    padding: 0.45em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  .more:hover {
    border-color: var(--_accent);
  }

  /* Skeleton rows take the space real rows will. */
  .skeleton .item {
    flex-direction: column;
    gap: 0.1em;
  }
  .rubric-line {
    width: 7em;
  }
  .title-line {
    width: 85%;
    height: 1.1em;
  }
  .meta-line {
    width: 9em;
  }

  /* compact: each story as one run of text — rubric, headline, date — that wraps where it must
     and stops at --news-title-lines lines, for narrow sidebars; every row of one height. */
  :host([layout='compact']) {
    --_item-text: calc(var(--_title-lines) * var(--news-line-height, 1.45) * 1em);
  }
  :host([layout='compact']) .item {
    padding-block: calc(var(--_gap) * 0.5);
    min-block-size: calc(var(--_item-text) + var(--_gap) + 1px);
  }
  :host([layout='compact']) .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
  }
  /* Each piece no taller than the line, so that every line is one line-height tall. */
  :host([layout='compact']) .rubric {
    display: inline-block;
    vertical-align: top;
    margin-inline-end: 0.5em;
  }
  :host([layout='compact']) .title {
    display: inline;
    overflow: visible;
    margin-inline-end: 0.5em;
    font-size: 0.95em;
    font-weight: 500;
  }
  :host([layout='compact']) .meta {
    display: inline;
    margin: 0;
  }
  :host([layout='compact']) .meta > * + * {
    margin-inline-start: 0.8em;
  }
  :host([layout='compact']) .skeleton .item {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  :host([layout='compact']) .skeleton .title-line {
    flex: 1;
  }
  :host([layout='compact']) .image {
    width: 3.5em;
  }

  /* grid: cards with thumbnails. */
  :host([layout='grid']) .list,
  :host([layout='grid']) .skeleton {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-grid-min, 14em)), 1fr));
    gap: calc(var(--_gap) * 1.5);
  }
  :host([layout='grid']) .item {
    flex-direction: column;
    padding: 0;
    border: 0;
  }
  :host([layout='grid']) .image {
    width: 100%;
  }

  /* A list fed with several sources, one of which is missing: said quietly, below the items. */
  .notice {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }

  /* "3 new stories": floats at the end of the heading's line (no height of its own, so nothing
     moves) and stays in view while the reader scrolls within the list. */
  .new-items-bar {
    position: sticky;
    top: 0.5em;
    z-index: 1;
    height: 0;
    display: flex;
    justify-content: flex-end;
  }
  .new-items {
    height: max-content;
    padding: 0.35em 1em;
    border: 0;
    border-radius: 999px;
    background: var(--_accent);
    color: #fff;
    font-size: 0.9em;
    font-weight: 600;
    box-shadow: 0 0.2em 0.6em rgb(0 0 0 / 0.25);
  }
  :host([theme='dark']) .new-items {
    color: #0d1117;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .new-items {
      color: #0d1117;
    }
  }

  /* ticker and carousel: their own modules bring their styles; until then their place is held. */
  :host {
    --_ticker-height: 2.6em;
  }
  :host([layout='ticker']) .skeleton {
    height: var(--_ticker-height);
    overflow: hidden;
  }
  :host([layout='ticker']) .skeleton .item {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
    min-height: 0;
    padding: 0;
    border: 0;
    height: 100%;
  }
  :host([layout='ticker']) .skeleton .title-line {
    flex: 1;
  }
  :host([layout='carousel']) .skeleton {
    display: flex;
    gap: var(--_gap);
    overflow: hidden;
  }
  :host([layout='carousel']) .skeleton .item {
    flex: 0 0 var(--news-card-width, min(80%, 16em));
    min-height: 16em;
    border: 0;
  }
`;
