import { css } from 'lit';

export const taskListStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
  }

  [part~='task'] {
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_spacing) * 1.5);
    align-items: start;
  }

  [part~='task'] input {
    margin-block-start: 0.2em;
  }

  [part~='task'] .body {
    display: grid;
    gap: calc(var(--_spacing) / 4);
  }

  .title {
    font-weight: 600;
  }

  [part~='task'][data-done] .title {
    text-decoration: line-through;
  }

  .overdue {
    color: var(--_color-error);
    font-weight: 600;
  }

  [part~='notice'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
`;
