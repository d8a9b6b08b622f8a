import { css } from 'lit';

/**
 * Reads every public `--signport-*` property once, with its fallback, into a private `--_*` twin that
 * the elements' own styles use. Custom properties inherit through shadow roots, so a host sets them
 * on any ancestor (or `:root`) to theme every element below it. The font family defaults to the
 * system's UI font; font size and text colour default to the page's own and are read directly in
 * `hostStyles`.
 *
 * The accent defaults to a neutral ink that sits on any page; hover, pressed and tinted variants are
 * mixed from it, so one property (`--signport-color-primary`) re-themes every element.
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(--signport-font-family, system-ui, sans-serif);
    --_line-height: var(--signport-line-height, 1.5);
    --_color-text-muted: var(--signport-color-text-muted, #4b5563);
    --_color-surface: var(--signport-color-surface, #ffffff);
    --_color-surface-muted: var(
      --signport-color-surface-muted,
      color-mix(in srgb, var(--_color-text-muted) 7%, var(--_color-surface))
    );
    --_color-border: var(--signport-color-border, #6b7280);
    --_color-divider: color-mix(in srgb, var(--_color-border) 35%, var(--_color-surface));
    --_color-primary: var(--signport-color-primary, #1f2937);
    --_color-primary-hover: color-mix(in srgb, var(--_color-primary) 82%, #000);
    --_color-primary-subtle: color-mix(in srgb, var(--_color-primary) 9%, var(--_color-surface));
    --_color-on-primary: var(--signport-color-on-primary, #ffffff);
    --_color-success: var(--signport-color-success, #166534);
    --_color-warning: var(--signport-color-warning, #92400e);
    --_color-error: var(--signport-color-error, #b91c1c);
    --_color-error-surface: var(--signport-color-error-surface, #fef2f2);
    --_radius: var(--signport-radius, 0.5rem);
    --_spacing: var(--signport-spacing, 0.5rem);
    --_shadow: var(--signport-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.1));
    --_focus-ring-color: var(--signport-focus-ring-color, var(--_color-primary));
    --_focus-ring-width: var(--signport-focus-ring-width, 2px);
  }
`;
