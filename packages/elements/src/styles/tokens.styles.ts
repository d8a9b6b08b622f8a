import { css } from 'lit';

/**
 * Reads every public `--signport-*` property once, with its fallback, into a private `--_*` twin that
 * the elements' own styles use. Custom properties inherit through shadow roots, so a host sets them
 * on any ancestor (or `:root`) to theme every element below it. Font family, font size and text
 * colour default to the page's own and are read directly in `hostStyles`.
 */
export const tokenStyles = css`
  :host {
    --_line-height: var(--signport-line-height, 1.5);
    --_color-text-muted: var(--signport-color-text-muted, #4b5563);
    --_color-surface: var(--signport-color-surface, #ffffff);
    --_color-border: var(--signport-color-border, #6b7280);
    --_color-primary: var(--signport-color-primary, #1d4ed8);
    --_color-on-primary: var(--signport-color-on-primary, #ffffff);
    --_color-error: var(--signport-color-error, #b91c1c);
    --_color-error-surface: var(--signport-color-error-surface, #fef2f2);
    --_radius: var(--signport-radius, 0.375rem);
    --_spacing: var(--signport-spacing, 0.5rem);
    --_focus-ring-color: var(--signport-focus-ring-color, var(--_color-primary));
    --_focus-ring-width: var(--signport-focus-ring-width, 2px);
  }
`;
