import { css } from 'lit';

export const clientPortalStyles = css`
  h2,
  p,
  ul,
  ol {
    margin: 0;
  }

  [part~='base'],
  [part~='panel'],
  form {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
  }

  h2 {
    font-size: 1.25em;
  }

  textarea {
    min-block-size: 5em;
    resize: vertical;
  }

  [part~='button-primary'] {
    justify-self: start;
  }

  /* One row that scrolls sideways on a narrow phone rather than wrapping to a second row. */
  [part~='tabs'] {
    display: flex;
    gap: calc(var(--_spacing) / 2);
    overflow-x: auto;
    border-block-end: 1px solid var(--_color-border);
  }

  [role='tab'] {
    flex: none;
    padding-inline: var(--_spacing);
    white-space: nowrap;
    outline-offset: calc(var(--_focus-ring-width) * -1);
    border-width: 0 0 3px;
    border-radius: 0;
    border-color: transparent;
    background: none;
  }

  [role='tab'][aria-selected='true'] {
    border-color: var(--_color-primary);
    font-weight: 600;
  }

  [part~='list'] {
    display: grid;
    gap: var(--_spacing);
    padding: 0;
    list-style: none;
  }

  [part~='list'] > li {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  [part~='message-client'] {
    margin-inline-start: 15%;
  }

  [part~='message-agent'] {
    margin-inline-end: 15%;
  }

  small,
  [part~='empty'] {
    color: var(--_color-text-muted);
  }

  a {
    color: var(--_color-primary);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: var(--_spacing);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  label {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    font-weight: 600;
  }
`;
