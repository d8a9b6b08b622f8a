import { css } from 'lit';

/**
 * The controls every element shares: buttons (`button-primary`, `button-danger`, `button-ghost` as
 * second part names), text inputs, selects and dialogs. Wrapped in `:where()` so an
 * element's own rule for a special control (a field drawn over a PDF page) wins without a fight.
 */
export const controlStyles = css`
  :where(button, input, select, textarea) {
    font: inherit;
    color: inherit;
  }

  :where(button, [part~='button']) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_spacing) / 2);
    min-block-size: 2.75em;
    padding: 0 calc(var(--_spacing) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  :where(button:not(:disabled):hover) {
    background: var(--_color-primary-subtle);
  }

  :where([part~='button-primary']) {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  :where([part~='button-primary']:not(:disabled):hover) {
    border-color: var(--_color-primary-hover);
    background: var(--_color-primary-hover);
  }

  :where([part~='button-danger']) {
    border-color: var(--_color-error);
    color: var(--_color-error);
  }

  :where([part~='button-danger']:not(:disabled):hover) {
    background: var(--_color-error-surface);
  }

  :where([part~='button-ghost']) {
    border-color: transparent;
    background: transparent;
  }

  :where(button:disabled) {
    opacity: 0.55;
    cursor: not-allowed;
  }

  :where(input:not([type='checkbox'], [type='radio'], [type='file']), select, textarea) {
    min-block-size: 2.75em;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0 var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    /* Inside a bold label, the value still reads as a value. */
    font-weight: normal;
  }

  :where(textarea) {
    padding: var(--_spacing);
  }

  :where(input[type='file'])::file-selector-button {
    margin-inline-end: var(--_spacing);
    padding: calc(var(--_spacing) * 0.75) calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  :where(input[type='checkbox'], input[type='radio']) {
    accent-color: var(--_color-primary);
  }

  :where([aria-invalid='true']) {
    border-color: var(--_color-error);
  }

  :where(dialog) {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_spacing) * 2.5);
    border: 0;
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_color-surface);
    color: inherit;
    box-shadow: 0 20px 50px rgb(0 0 0 / 0.25);
  }

  :where(dialog)::backdrop {
    background: rgb(15 23 42 / 0.5);
  }
`;
