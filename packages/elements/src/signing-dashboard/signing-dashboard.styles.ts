import { css } from 'lit';

export const signingDashboardStyles = css`
  :host {
    container-type: inline-size;
  }

  [part~='filters'],
  [part~='pager'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing);
    margin-block: var(--_spacing);
  }

  /* The search box takes the row's spare width, so its hint is not cut on a phone. */
  [part~='filters'] > :first-child {
    flex: 1 1 14em;
  }

  label {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    font-weight: 600;
  }

  .scroll {
    overflow-x: auto;
  }

  [part~='table'] {
    inline-size: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: start;
    font-size: 1.25em;
    font-weight: 600;
    padding-block-end: var(--_spacing);
  }

  th,
  td {
    padding: calc(var(--_spacing) * 1.5) var(--_spacing);
    border-block-end: 1px solid var(--_color-divider);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    padding-block: var(--_spacing);
    border-block-end-color: var(--_color-border);
    color: var(--_color-text-muted);
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  small {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.8125em;
    font-weight: normal;
  }

  .parties {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    margin: 0 0 calc(var(--_spacing) / 2);
    padding: 0;
    list-style: none;
  }

  .parties li {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
    align-items: center;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
  }

  /* A finger's tap target (WCAG 2.5.5), at every width. */
  .actions button {
    min-block-size: 44px;
    padding-inline: var(--_spacing);
    font-size: 0.875em;
  }

  .details td {
    padding-block-start: 0;
    background: var(--_color-surface-muted);
    font-size: 0.875em;
  }

  .details ul {
    margin: var(--_spacing) 0 0;
    padding-inline-start: 1.25em;
  }

  .notice:empty {
    display: none;
  }

  .notice {
    margin: 0;
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_color-primary-subtle);
  }

  .confirm {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
  }

  .confirm h2,
  .confirm p {
    margin: 0;
  }

  .confirm h2 {
    font-size: 1.125em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
  }

  /* Narrow (a phone): each row becomes a card read top to bottom (document, parties and their
     progress, sender, status, actions), so nothing scrolls sideways. */
  @container (max-width: 40rem) {
    table,
    caption,
    tbody,
    tr:not([hidden]),
    th,
    td {
      display: block;
    }

    thead {
      position: absolute;
      clip-path: inset(50%);
    }

    tbody {
      padding-block: var(--_spacing);
      border-block-end: 1px solid var(--_color-divider);
    }

    th,
    td {
      padding: calc(var(--_spacing) / 2) 0;
      border: 0;
    }
  }

  [part~='table'][aria-busy='true'] {
    opacity: 0.6;
  }

  [part~='empty'] {
    color: var(--_color-text-muted);
  }

  /* A status shown as a small coloured label; data-tone picks the colour. */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone, var(--_color-text-muted)) 12%, var(--_color-surface));
    color: var(--_tone, var(--_color-text-muted));
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }

  .chip::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }

  [data-tone='success'] {
    --_tone: var(--_color-success);
  }

  [data-tone='warning'] {
    --_tone: var(--_color-warning);
  }

  [data-tone='danger'] {
    --_tone: var(--_color-error);
  }

  [data-tone='accent'] {
    --_tone: var(--_color-primary);
  }
`;
