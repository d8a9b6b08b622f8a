import { css } from 'lit';

export const signSessionStyles = css`
  :host {
    --_field-background: var(--signport-field-background, rgb(255 244 196 / 0.85));
    --_field-border: var(--signport-field-border, var(--_color-primary));
    --_page-background: var(--signport-page-background, #ffffff);
    --_page-shadow: var(--signport-page-shadow, 0 1px 4px rgb(0 0 0 / 0.25));
    --_signature-color: var(--signport-signature-color, #0b1f4b);
  }

  h2 {
    margin: 0 0 var(--_spacing);
    font-size: 1.25em;
  }

  [part~='button'][aria-pressed='true'] {
    border-color: var(--_color-primary);
    box-shadow: inset 0 -3px 0 var(--_color-primary);
  }

  .link {
    min-block-size: auto;
    padding: 0 var(--_spacing);
  }

  [part~='input'] {
    inline-size: 100%;
  }

  .stack {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    flex: 1 1 12em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    align-items: end;
  }

  .end {
    justify-content: flex-end;
  }

  .hint {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .panel {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    max-inline-size: 48rem;
    margin: 0;
    padding: calc(var(--_spacing) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .done {
    justify-items: start;
  }

  .done p {
    margin: 0;
  }

  .tick {
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_color-success) 14%, var(--_color-surface));
    color: var(--_color-success);
    font-size: 1.25rem;
    font-weight: 700;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .header {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_spacing) calc(var(--_spacing) * 2);
    align-items: center;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-block-end: 1px solid var(--_color-divider);
    background: var(--_color-surface);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.06);
  }

  .identity {
    display: flex;
    gap: calc(var(--_spacing) * 1.5);
    align-items: center;
    min-inline-size: 0;
  }

  .logo {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 700;
    object-fit: contain;
  }

  .who {
    min-inline-size: 0;
  }

  .who h2 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .from {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  .title {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }

  /* The next step in words, with the one button that goes there. */
  .guide {
    grid-column: 1 / -1;
    display: flex;
    gap: var(--_spacing);
    align-items: center;
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_color-primary-subtle);
    font-weight: 600;
  }

  .guide p {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
  }

  /* A phone: one compact header (the document's name, progress, the next step), zoomed pages, and
     a bottom bar that steps field by field. */
  .narrow .header {
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_spacing) / 2) var(--_spacing);
    padding: calc(var(--_spacing) / 2) var(--_spacing);
  }

  .narrow .logo {
    inline-size: 2rem;
    block-size: 2rem;
    font-size: 0.8em;
  }

  .narrow .who h2,
  .narrow .from {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .narrow .who h2 {
    font-size: 1em;
  }

  .narrow .title,
  .narrow .toolbar,
  .narrow .progress {
    inline-size: 100%;
    min-inline-size: 0;
  }

  .narrow .title .hint,
  .narrow .next {
    display: none;
  }

  .narrow .toolbar {
    flex-wrap: nowrap;
    gap: var(--_spacing);
    font-size: 0.8125em;
  }

  /* The bar says it; the words stay for screen readers. */
  .narrow #progress-text {
    position: absolute;
    clip-path: inset(50%);
  }

  .narrow .save {
    min-inline-size: 0;
    white-space: nowrap;
  }

  .narrow .guide {
    padding: calc(var(--_spacing) / 4) calc(var(--_spacing) / 2);
    font-size: 0.875em;
  }

  /* One line on a phone; a long field name ends in "…" (the words stay whole for screen readers). */
  .narrow .guide p {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .narrow .document {
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    overflow-x: auto;
  }

  .narrow .page {
    inline-size: calc(100% * var(--_zoom, 1));
    max-inline-size: none;
  }

  /* The current field grows to a finger's size, whatever its printed size. */
  .narrow .field:focus-within {
    min-block-size: 48px;
    min-inline-size: 48px;
    z-index: 2;
    outline: 3px solid var(--_color-primary);
    outline-offset: 3px;
    border-radius: 2px;
  }

  .stepper {
    position: sticky;
    inset-block-end: 0;
    z-index: 2;
    display: flex;
    gap: var(--_spacing);
    align-items: center;
    padding: var(--_spacing);
    border-block-start: 1px solid var(--_color-divider);
    background: var(--_color-surface);
    box-shadow: 0 -2px 8px rgb(0 0 0 / 0.08);
  }

  .stepper .where {
    display: grid;
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    text-align: center;
    font-size: 0.875em;
    line-height: 1.3;
  }

  .where strong {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing) calc(var(--_spacing) * 2);
    align-items: center;
  }

  .toolbar p {
    margin: 0;
  }

  .progress {
    display: grid;
  }

  .progress progress {
    inline-size: 100%;
    accent-color: var(--_color-primary);
  }

  .save {
    min-inline-size: 9em;
    color: var(--_color-text-muted);
  }

  .document {
    display: grid;
    gap: calc(var(--_spacing) * 3);
    justify-items: center;
    padding: calc(var(--_spacing) * 2) 0;
  }

  .page {
    position: relative;
    container-type: inline-size;
    inline-size: 100%;
    max-inline-size: 64rem;
    background: var(--_page-background);
    box-shadow: var(--_page-shadow);
  }

  [part~='page-image'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }

  .field,
  .other {
    position: absolute;
    display: flex;
    align-items: center;
    /* The text fills about two thirds of the box height, scaled with the rendered page. */
    font-size: clamp(8px, calc(var(--h) * 0.62cqi), 1.25rem);
    line-height: 1.1;
  }

  .other {
    padding: 0 2px;
    overflow: hidden;
    white-space: nowrap;
  }

  .other img,
  .sign img {
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
  }

  .field > [part~='field-input'],
  .field > .sign {
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    margin: 0;
    padding: 0 2px;
    border: 1px solid var(--_field-border);
    border-radius: 2px;
    background: var(--_field-background);
  }

  .field > input[type='checkbox'],
  .field > input[type='radio'] {
    accent-color: var(--_field-border);
  }

  [part~='field-required'] > [part~='field-input'],
  [part~='field-required'] > .sign {
    border-width: 2px;
  }

  [part~='field-invalid'] > [part~='field-input'],
  [part~='field-invalid'] > .sign {
    border-color: var(--_color-error);
  }

  [part~='field-locked'] > [part~='field-input'] {
    border-style: dashed;
    background: transparent;
    cursor: not-allowed;
  }

  .lock {
    position: absolute;
    inset-inline-end: -0.9em;
    inset-block-start: -0.9em;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: var(--_color-text-muted)
      url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="white"><path d="M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7zm1.5 0h3V5a1.5 1.5 0 0 0-3 0z"/></svg>')
      center / 70% no-repeat;
  }

  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: center;
    overflow: auto;
  }

  .field > .radios.on-page {
    position: relative;
    padding: 0;
    border: 0;
    background: transparent;
    overflow: visible;
  }

  .on-page > label {
    position: absolute;
    display: grid;
    border-radius: 50%;
    background: var(--_field-background);
    box-shadow: 0 0 0 1px var(--_field-border);
  }

  [part~='field-required'] .on-page > label {
    box-shadow: 0 0 0 2px var(--_field-border);
  }

  [part~='field-invalid'] .on-page > label {
    box-shadow: 0 0 0 2px var(--_color-error);
  }

  /* A printed button can be a few pixels wide on a phone: the touch target reaches past it. */
  .on-page > label::before {
    position: absolute;
    inset: -0.5rem;
    content: '';
  }

  /* Drawn rather than native: a native radio will not shrink to a printed button on a phone. */
  .on-page input {
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    border-radius: 50%;
    appearance: none;
    cursor: pointer;
  }

  .on-page input:checked,
  .chosen {
    background: radial-gradient(circle, var(--_dot) 0 45%, transparent 50%);
  }

  .on-page input:checked {
    --_dot: var(--_field-border);
  }

  .on-page input:focus-visible {
    outline: 2px solid var(--_color-primary);
    outline-offset: 2px;
  }

  .chosen {
    --_dot: var(--_signature-color);
    padding: 0;
    border-radius: 50%;
  }

  .sign {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_color-primary);
    font-weight: 600;
    cursor: pointer;
  }

  .auto {
    color: var(--_color-text-muted);
    font-style: italic;
    white-space: nowrap;
  }

  .field-error,
  .note {
    position: absolute;
    inset-block-start: calc(100% + 2px);
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 18rem;
    padding: 0.125rem 0.375rem;
    border-radius: var(--_radius);
    font-size: 0.8125rem;
    line-height: 1.3;
    white-space: normal;
  }

  .field-error {
    border: 1px solid currentColor;
    background: var(--_color-error-surface);
    color: var(--_color-error);
  }

  .note {
    background: var(--_color-surface);
    box-shadow: var(--_page-shadow);
  }

  .finish {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    padding: calc(var(--_spacing) * 2);
  }

  fieldset {
    min-inline-size: 0;
  }

  .role {
    display: grid;
    gap: var(--_spacing);
    border: 0;
    padding: 0;
  }

  .person {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    align-items: end;
  }

  .check {
    display: flex;
    gap: var(--_spacing);
    align-items: center;
  }

  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .disclosure {
    max-block-size: 16rem;
    overflow: auto;
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    white-space: pre-line;
  }

  .dialog[open],
  .dialog form {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
  }

  .tabs {
    display: flex;
    gap: var(--_spacing);
  }

  .pad {
    display: block;
    inline-size: 100%;
    block-size: min(12rem, 40dvh);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    background: #fff;
    touch-action: none;
  }

  .typed {
    min-block-size: 1.6em;
    margin: 0;
    font-size: 2.5rem;
    font-style: italic;
    color: var(--_signature-color);
    overflow-wrap: anywhere;
  }

  [hidden] {
    display: none !important;
  }

  /* Off-screen rather than display:none, which robots skip; aria-hidden keeps it from screen readers. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
