import { css } from 'lit';

export const sessionComposerStyles = css`
  [part~='form'] {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }

  [part~='title'] {
    margin: 0;
    font-size: 1.25em;
  }

  /* Each group of the form is a section of its own: who signs, what is prefilled. */
  fieldset,
  [part~='fields'] {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
    margin: 0;
    padding: calc(var(--_spacing) * 1.5) calc(var(--_spacing) * 2) calc(var(--_spacing) * 2);
    border: 1px solid var(--_color-divider);
    border-radius: var(--_radius);
    background: var(--_color-surface-muted);
  }

  fieldset fieldset {
    background: var(--_color-surface);
  }

  legend {
    padding: 0 calc(var(--_spacing) / 2);
  }

  summary {
    cursor: pointer;
  }

  legend,
  summary,
  label {
    font-weight: 600;
  }

  .field,
  .prefill {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }

  [part~='party'],
  [part~='clauses'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing);
  }

  .prefill {
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    align-items: center;
  }

  .prefill [part~='field-error'] {
    grid-column: 1 / -1;
  }

  .lock,
  [part~='add-myself'] label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_spacing) / 2);
    font-weight: normal;
  }

  .hint {
    color: var(--_color-text-muted);
    margin-inline-start: var(--_spacing);
  }

  [part~='add-button'],
  [part~='send-button'] {
    justify-self: start;
  }

  [part~='field-error'] {
    margin: 0;
    color: var(--_color-error);
    font-size: 0.875em;
  }

  [part~='party'] .field {
    flex: 1 1 12em;
  }

  [part~='remove-button'],
  [part~='packet-document'] > button {
    padding: 0;
    inline-size: 2.75em;
  }

  /* The move and remove buttons stay on the document name's row, however long the name; a flex
     row loses its list marker, so the signing order is numbered by ::before. */
  [part~='packet-document'] {
    counter-increment: list-item;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_spacing) / 2);
  }

  [part~='packet'] ol {
    margin: 0;
    padding: 0;
  }

  [part~='packet-document']::before {
    content: counter(list-item) '.';
  }

  [part~='packet-document'] > span {
    flex: 1 1 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  [part~='packet-document'] > :not(span, button) {
    flex-basis: 100%;
  }

  [part~='sent'] {
    margin: 0;
    font-weight: 600;
  }
`;
