import { css } from 'lit';

export const signingDashboardStyles = css`
  [part~='filters'],
  [part~='pager'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing);
    margin-block: var(--_spacing);
  }

  label {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    font-weight: 600;
  }

  input,
  select,
  button {
    font: inherit;
    font-weight: normal;
    color: inherit;
    padding: calc(var(--_spacing) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  button {
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .scroll {
    overflow-x: auto;
  }

  [part~='table'] {
    inline-size: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: start;
    font-size: 1.25em;
    font-weight: 600;
    padding-block-end: var(--_spacing);
  }

  th,
  td {
    padding: var(--_spacing);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  [part~='table'][aria-busy='true'] {
    opacity: 0.6;
  }

  [part~='empty'] {
    color: var(--_color-text-muted);
  }
`;
