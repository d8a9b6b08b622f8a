import { css } from 'lit';

/**
 * Styles of the light-DOM form, adopted by the document (or shadow root) around the element. Every
 * selector starts at the form's own `spl` class, so nothing reaches the rest of the page; the `--_*`
 * tokens are inherited from the element's host. Written densely: it ships in a 12 KB budget.
 */
export const loginFormStyles = css`
.spl,.spl div{display:grid;gap:var(--_spacing);max-inline-size:28rem}
.spl>*{margin:0}
.spl label{font-weight:600}
.spl span{display:flex}
.spl input,.spl button{flex:1;min-block-size:2.75em;padding:0 var(--_spacing);border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:inherit;font:inherit}
.spl [aria-invalid=true],.spl-error{border-color:var(--_color-error);color:var(--_color-error)}
.spl [type=submit]{background:var(--_color-primary);color:var(--_color-on-primary)}
.spl .spl-link{justify-self:start;border:0;background:none;color:var(--_color-primary);text-decoration:underline}
.spl [role]{padding:var(--_spacing);border:1px solid;border-radius:var(--_radius)}
.spl [role=alert]{background:var(--_color-error-surface);color:var(--_color-error)}
`;
