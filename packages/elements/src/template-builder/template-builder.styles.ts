import { css } from 'lit';

export const templateBuilderStyles = css`
  .builder,
  .upload {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }

  h2,
  h3 {
    margin: 0;
    font-size: 1.1em;
  }

  label,
  legend {
    font-weight: 600;
  }

  [aria-pressed='true'][part~='field-type'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  [part~='field-error'] {
    margin: 0;
    color: var(--_color-error);
    font-size: 0.9em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing) calc(var(--_spacing) * 2);
  }

  .name,
  .preview,
  .setting {
    display: grid;
    gap: calc(var(--_spacing) / 4);
  }

  .history,
  .types,
  .actions,
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
    align-items: center;
  }

  .save-state {
    margin: 0;
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border-radius: var(--_radius);
    background: #ecfdf5;
    color: #065f46;
  }

  .save-state[data-state='saving'],
  .save-state[data-state='unsaved'] {
    background: #f3f4f6;
    color: #374151;
  }

  .save-state[data-state='error'] {
    background: var(--_color-error-surface);
    color: var(--_color-error);
  }

  .palette {
    flex: 1 1 100%;
    display: grid;
    gap: calc(var(--_spacing) / 2);
    margin: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .hint,
  .note {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr) clamp(12rem, 30%, 18rem);
    gap: calc(var(--_spacing) * 2);
    align-items: start;
  }

  .sidebar {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
  }

  .sidebar ul,
  .roles {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list-item {
    width: 100%;
    justify-content: flex-start;
    padding-block: calc(var(--_spacing) / 2);
    text-align: start;
    font-weight: normal;
  }

  .list-item[aria-current='true'] {
    border-color: var(--_color-primary);
    border-width: 2px;
  }

  [part~='settings'],
  [part~='roles'] {
    display: grid;
    gap: var(--_spacing);
  }

  .check {
    display: flex;
    gap: calc(var(--_spacing) / 2);
    align-items: center;
    font-weight: normal;
  }

  .role {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
    align-items: end;
    padding-block-end: var(--_spacing);
    border-block-end: 1px solid var(--_color-border);
  }

  .role .setting {
    flex: 1 1 6rem;
  }

  .role .setting:has(input[type='number']) {
    flex: 0 1 4.5rem;
  }

  .swatch {
    flex: none;
    align-self: center;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--_role);
  }

  .pages {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }

  .page {
    /* Field labels scale with the page, so they fit their boxes on a tablet too. */
    container-type: inline-size;
    position: relative;
    width: 100%;
    border: 1px solid var(--_color-border);
    background: #fff;
    user-select: none;
    touch-action: pan-y;
  }

  .placing .page {
    cursor: crosshair;
    touch-action: none;
  }

  .page img {
    display: block;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }

  .field,
  .ghost {
    position: absolute;
    margin: 0;
    padding: 0 0.2em;
    overflow: hidden;
    border: 2px solid var(--_role);
    border-radius: 2px;
    background: rgb(255 255 255 / 0.85);
    color: #111827;
    font-size: clamp(8px, 1.6cqi, 13px);
    line-height: 1.1;
    text-align: start;
    touch-action: none;
    cursor: move;
    /* Drawn to the PDF's own box, not the shared button shape. */
    display: block;
    min-block-size: 0;
    font-weight: normal;
  }

  .ghost {
    border-style: dashed;
    --_role: var(--_color-primary);
  }

  .field.selected {
    outline: 2px solid var(--_role);
    outline-offset: 2px;
  }

  .field.invalid {
    border-color: var(--_color-error);
    border-style: dashed;
  }

  .field.dimmed {
    opacity: 0.35;
  }

  .field.mine {
    background: rgb(254 249 195 / 0.9);
    border-width: 3px;
  }

  .label {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: none;
  }

  .handle {
    position: absolute;
    right: 0;
    bottom: 0;
    width: 12px;
    height: 12px;
    background: var(--_role);
    cursor: nwse-resize;
  }

  .role-0 {
    --_role: #1d4ed8;
  }
  .role-1 {
    --_role: #b45309;
  }
  .role-2 {
    --_role: #047857;
  }
  .role-3 {
    --_role: #7c3aed;
  }
  .role-4 {
    --_role: #be123c;
  }
  .role-5 {
    --_role: #0e7490;
  }

  .drop {
    display: grid;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) * 4);
    border: 2px dashed var(--_color-border);
    border-radius: var(--_radius);
    text-align: center;
  }

  .phone .page {
    touch-action: auto;
  }
`;
