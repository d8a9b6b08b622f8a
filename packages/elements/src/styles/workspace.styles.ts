import { css } from 'lit';

/** What the agent's workspace elements share: forms, buttons, lists, badges and field errors. */
export const workspaceStyles = css`
  h2,
  h3,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.05em;
  }

  label,
  .label {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    font-weight: 600;
  }

  input,
  select,
  textarea,
  button,
  .button {
    font: inherit;
    font-weight: normal;
    color: inherit;
    min-block-size: 2.75em;
    padding: calc(var(--_spacing) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  textarea {
    min-block-size: 5em;
    resize: vertical;
  }

  input[type='checkbox'] {
    min-block-size: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  button,
  .button {
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_spacing) / 2);
  }

  button.primary {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  a {
    color: var(--_color-primary);
  }

  .muted,
  .hint {
    color: var(--_color-text-muted);
    font-weight: normal;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing);
  }

  .stack {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
  }

  .card {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
    align-content: start;
    padding: calc(var(--_spacing) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    min-inline-size: 0;
  }

  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  ul.items > li {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    padding-block: var(--_spacing);
    border-block-end: 1px solid var(--_color-border);
  }

  ul.items > li:last-child {
    border-block-end: none;
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_spacing);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }

  .badge.alert {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .field-error {
    color: var(--_color-error);
    font-weight: 600;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-error);
  }

  .empty {
    padding: var(--_spacing) 0;
    color: var(--_color-text-muted);
  }
`;
