import { css } from 'lit';

/** The loading indicator (`::part(status)`) and error message (`::part(error)`) every element shows. */
export const statusStyles = css`
  [part~='status'] {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    padding: var(--_spacing) 0;
    color: var(--_color-text-muted);
  }

  [part~='status']::before {
    content: '';
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: signport-spin 0.8s linear infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='status']::before {
      animation: none;
    }
  }

  @keyframes signport-spin {
    to {
      transform: rotate(1turn);
    }
  }

  [part~='error'] {
    margin: 0;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_color-error-surface);
    color: var(--_color-error);
  }
`;
