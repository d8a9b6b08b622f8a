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

  [part~='save'] {
    justify-self: start;
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
