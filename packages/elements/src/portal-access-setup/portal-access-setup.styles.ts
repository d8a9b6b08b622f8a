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

  input[type='text'],
  select,
  button {
    min-block-size: 2.75em;
    padding: 0 var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-error);
  }

  button {
    padding: 0 calc(var(--_spacing) * 2);
    cursor: pointer;
  }

  [part~='button-primary'] {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
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
