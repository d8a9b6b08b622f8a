import { css } from 'lit';

export const clientListStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
  }

  [part~='filters'] label:first-child {
    flex: 1 1 100%;
  }

  [part~='client'] {
    grid-template-columns: 1fr auto;
    align-items: center;
    column-gap: var(--_spacing);
  }

  [part~='client'][aria-current] {
    box-shadow: inset 4px 0 0 var(--_color-primary);
    padding-inline-start: calc(var(--_spacing) * 1.5);
  }

  .open {
    font: inherit;
    font-weight: 600;
    color: var(--_color-primary);
    background: none;
    border: none;
    padding: 0;
    min-block-size: 1.5em;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    justify-content: start;
  }

  .meta {
    grid-column: 1 / -1;
  }

  [part~='pager'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
`;
