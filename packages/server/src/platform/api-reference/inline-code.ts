import { html } from 'hono/html';

/** Escapes a description and shows its `backticked` parts as code, as in the OpenAPI text. */
export function inlineCode(text: string | undefined) {
  return html`${(text ?? '').split('`').map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}
