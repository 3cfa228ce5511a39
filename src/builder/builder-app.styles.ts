import { css } from 'lit';

export const builderStyles = css`
  :host {
    display: block;
    color: #1f2328;
    background: #ffffff;
    font: 16px/1.5 system-ui, 'DejaVu Sans', sans-serif;
  }
  * {
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border-block-end: 1px solid #d1d9e0;
    background: #f6f8fa;
  }
  h1 {
    margin: 0;
    font-size: 1.3rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .intro {
    margin: 0;
    padding: 0.75rem 1rem 0;
    color: #454c54;
  }
  .switch {
    display: flex;
    gap: 0.25rem;
  }
  button {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    background: #ffffff;
    color: #1f2328;
    font: inherit;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: #0b5cad;
    border-color: #0b5cad;
    color: #ffffff;
  }
  :focus-visible {
    outline: 3px solid #bf5700;
    outline-offset: 2px;
  }
  main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    padding: 1rem;
  }
  @media (min-width: 60em) {
    main {
      grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  form {
    display: grid;
    gap: 1rem;
  }
  fieldset {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0.75rem 1rem 1rem;
    border: 1px solid #d1d9e0;
    border-radius: 8px;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  label,
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .color {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .color label.check {
    flex: 1;
  }
  input[type='color'] {
    inline-size: 3rem;
    block-size: 2.25rem;
    padding: 0.1rem;
  }
  input[type='color']:disabled {
    opacity: 0.35;
  }
  select,
  input[type='text'],
  input[type='url'],
  input[type='number'] {
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    background: #ffffff;
    color: #1f2328;
    font: inherit;
  }
  input[type='checkbox'] {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
  }
  .rubrics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .hint {
    margin: 0;
    color: #59636e;
    font-size: 0.875rem;
  }
  .error {
    margin: 0;
    color: #b3261e;
    font-size: 0.875rem;
  }
  .output {
    display: grid;
    gap: 1.5rem;
    min-inline-size: 0;
  }
  .previews {
    display: grid;
    gap: 1rem;
  }
  .frame {
    margin: 0;
  }
  .frame > span {
    display: block;
    margin-block-end: 0.25rem;
    color: #59636e;
    font-size: 0.875rem;
  }
  .screen {
    padding: 0.75rem;
    border: 1px dashed #8c959f;
    border-radius: 8px;
    background: #ffffff;
    overflow: hidden;
  }
  .phone .screen {
    inline-size: 360px;
    max-inline-size: 100%;
  }
  .code {
    display: grid;
    gap: 1rem;
  }
  figure {
    margin: 0;
    border: 1px solid #d1d9e0;
    border-radius: 8px;
    overflow: hidden;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.4rem 0.75rem;
    background: #f6f8fa;
    border-block-end: 1px solid #d1d9e0;
    font-weight: 600;
  }
  figcaption > span:first-child {
    flex: 1 1 12rem;
  }
  [role='status'] {
    font-weight: 400;
    color: #454c54;
  }
  pre {
    max-block-size: 18em;
    overflow: auto;
    margin: 0;
    padding: 0.75rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: #ffffff;
    font: 13px/1.5 ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  .permalink {
    display: flex;
    gap: 0.5rem;
  }
`;
