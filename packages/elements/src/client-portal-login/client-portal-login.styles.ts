import { css } from 'lit';

/**
 * Styles of the light-DOM form, adopted by the document (or shadow root) around the element. Every
 * selector starts at the form's own `spl` class, so nothing reaches the rest of the page; the `--_*`
 * tokens are inherited from the element's host. A page's own rules reach these light-DOM nodes, so
 * what keeps the form usable (shown, sized, in flow, clickable, readable) is `!important`: an
 * `input, button { display: none }` or `* { opacity: 0 }` of the page cannot win. Written densely:
 * it ships in a 12 KB budget.
 */
export const loginFormStyles = css`
.spl,.spl *{display:block!important;box-sizing:border-box!important;visibility:inherit!important;position:static!important;opacity:1!important;pointer-events:auto!important;inline-size:auto!important;block-size:auto!important;min-inline-size:0!important;max-inline-size:none!important;max-block-size:none!important;font-size:inherit!important;line-height:var(--_line-height)!important;letter-spacing:normal!important;text-transform:none!important}
.spl div{padding:0!important;border:0!important}
.spl h2{font-size:1.5em!important}
.spl,.spl div{display:grid!important;gap:var(--_spacing);max-inline-size:28rem!important}
.spl span{display:flex!important;gap:calc(var(--_spacing)/2)}
.spl input,.spl button{min-block-size:2.75em!important}
.spl [hidden]{display:none!important}
.spl>*{margin:0}
.spl label{font-weight:600}
.spl input,.spl button{flex:1;padding:0 var(--_spacing);border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:inherit;font:inherit}
.spl [aria-invalid=true],.spl-error{border-color:var(--_color-error);color:var(--_color-error)}
.spl span button{flex:none;min-inline-size:2.75em!important}
.spl [type=submit]{background:var(--_color-primary);color:var(--_color-on-primary)}
.spl .spl-link{justify-self:start;border:0;background:none;color:var(--_color-primary);text-decoration:underline}
.spl [role]{padding:var(--_spacing);border:1px solid;border-radius:var(--_radius)}
.spl [role=alert]{background:var(--_color-error-surface);color:var(--_color-error)}
`;
