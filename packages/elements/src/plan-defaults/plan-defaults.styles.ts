import { css } from 'lit';

export const planDefaultsStyles = css`
  form {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    max-inline-size: 32rem;
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
  }

  p {
    margin: 0;
  }

  .hint {
    color: var(--_color-text-muted);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) minmax(10rem, 1.5fr);
    align-items: center;
    gap: var(--_spacing);
  }

  select,
  button {
    font: inherit;
    color: inherit;
    min-block-size: 2.75em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  select {
    padding: 0 var(--_spacing);
  }

  [part~='save'] {
    justify-self: start;
    padding: 0 calc(var(--_spacing) * 2);
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    cursor: pointer;
  }

  [part~='save']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  [part~='saved'] {
    color: var(--_color-text-muted);
  }

  @media (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
`;
