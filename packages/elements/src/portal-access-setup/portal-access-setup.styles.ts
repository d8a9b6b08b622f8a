import { css } from 'lit';

export const portalAccessSetupStyles = css`
  form,
  fieldset,
  [part~='field'] {
    display: grid;
    gap: var(--_spacing);
  }

  form {
    gap: calc(var(--_spacing) * 2);
  }

  h2,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
  }

  fieldset {
    margin: 0;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5) calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  legend,
  [part~='field'] > label {
    font-weight: 600;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
  }

  small {
    color: var(--_color-text-muted);
  }

  [part~='field-error'] {
    color: var(--_color-error);
  }

  [part~='field-error']:empty {
    display: none;
  }
`;
