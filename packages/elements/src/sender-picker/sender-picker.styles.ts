import { css } from 'lit';

export const senderPickerStyles = css`
  [part~='title'] {
    margin: 0 0 var(--_spacing);
    font-size: 1em;
    font-weight: 600;
  }

  [part~='option'] {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }

  [part~='option'] + [part~='option'] {
    margin-top: calc(var(--_spacing) / 2);
  }

  [part~='option-checked'] {
    border-color: var(--_color-primary);
    box-shadow: inset 0 0 0 1px var(--_color-primary);
  }

  input {
    margin: 0;
  }

  [part~='option-email'] {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  [part~='hint'],
  [part~='current'] {
    margin: var(--_spacing) 0 0;
    color: var(--_color-text-muted);
  }

  [part~='actions'] {
    display: flex;
    gap: var(--_spacing);
    margin-top: var(--_spacing);
  }

  [part~='dialog'] {
    max-inline-size: 28rem;
  }

  /* In a form: the sender as a chip, with Change beside it. */
  :host([mode='dialog']) {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    align-items: center;
  }

  :host([mode='dialog']) > [part~='current'] {
    margin: 0;
    padding: calc(var(--_spacing) / 2) calc(var(--_spacing) * 1.5);
    border-radius: 999px;
    background: var(--_color-primary-subtle);
    color: inherit;
    font-weight: 600;
  }

  :host([mode='dialog']) > [part~='actions'] {
    margin: 0;
  }
`;
