import { css } from 'lit';

export const clientDetailStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    container-type: inline-size;
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: start;
    gap: var(--_spacing);
  }

  [part~='header'] > div {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
  }

  [data-status='inactive'] {
    color: var(--_color-error);
  }

  .columns,
  .column {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    align-content: start;
    min-inline-size: 0;
  }

  @container (min-width: 52rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }

  .heading {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_spacing);
  }

  /* A heading's action keeps its label on one line, moving below the heading when short of room. */
  .heading > button {
    flex: none;
    white-space: nowrap;
  }

  label.inline {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
  }

  h4 {
    margin: 0;
    font-size: 1em;
  }

  .thread {
    max-block-size: 24rem;
    overflow-y: auto;
  }

  [part~='message'][data-from='client'] {
    border-inline-start: 4px solid var(--_color-primary);
    padding-inline-start: var(--_spacing);
  }

  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .log-form {
    padding-block-start: var(--_spacing);
    border-block-start: 1px solid var(--_color-border);
  }

  .log-form input[name='summary'],
  .log-form textarea {
    inline-size: 100%;
  }

  .check {
    grid-template-columns: auto 1fr;
    column-gap: var(--_spacing);
    align-items: start;
  }

  .check .body {
    display: grid;
    white-space: normal;
  }

  .warning {
    padding: var(--_spacing);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: #92400e;
    background: #fffbeb;
  }
`;
