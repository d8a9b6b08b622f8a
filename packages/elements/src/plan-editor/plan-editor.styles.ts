import { css } from 'lit';

export const planEditorStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }

  #plan-name {
    max-inline-size: 32rem;
  }

  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
  }

  fieldset {
    display: grid;
    gap: var(--_spacing);
    margin: 0;
    padding: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
    padding-inline: calc(var(--_spacing) / 2);
  }

  fieldset input:not([type]),
  fieldset textarea {
    inline-size: 100%;
  }

  fieldset .row {
    align-items: start;
  }

  .delay {
    display: flex;
    gap: calc(var(--_spacing) / 2);
  }

  .delay input {
    inline-size: 5.5em;
  }

  .merge {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-inline-start: 4px solid var(--_color-primary);
  }

  .merge ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  code {
    font-family: ui-monospace, monospace;
    font-weight: 600;
  }

  .contacts {
    border: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }

  label.check {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    font-weight: normal;
    min-block-size: 2.75em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
