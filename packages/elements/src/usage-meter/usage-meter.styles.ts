import { css } from 'lit';

export const usageMeterStyles = css`
  .scroll {
    overflow-x: auto;
  }

  table {
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

  .meter {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    min-inline-size: 10rem;
  }

  .bar {
    block-size: 0.6rem;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    overflow: hidden;
  }

  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_color-primary);
  }

  [data-level='warning'] .bar > span {
    background: #b45309;
  }

  [data-level='critical'] .bar > span {
    background: var(--_color-error);
  }

  [part~='warning'] {
    font-weight: 600;
    color: #92400e;
  }

  [data-level='critical'] [part~='warning'] {
    color: var(--_color-error);
  }
`;
