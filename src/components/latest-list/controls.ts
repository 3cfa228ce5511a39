import { css, html, svg, type SVGTemplateResult } from 'lit';

const icon = (path: SVGTemplateResult) => html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${path}</svg>`;
const chevron = (d: string) => icon(svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />`);

export const prevIcon = chevron('M12.5 4 6.5 10l6 6');
export const nextIcon = chevron('m7.5 4 6 6-6 6');
export const pauseIcon = icon(svg`<path d="M5 3h3.5v14H5zM11.5 3H15v14h-3.5z" fill="currentColor" />`);
export const playIcon = icon(svg`<path d="M5 3l12 7-12 7z" fill="currentColor" />`);

/** The ticker's and the carousel's buttons: always visible, at least 2em square. */
export const controlStyles = css`
  .controls {
    display: flex;
    flex: none;
    gap: 0.3em;
  }
  .control {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .control:hover {
    border-color: var(--_accent);
  }
  .control svg {
    width: 1em;
    height: 1em;
  }
`;
