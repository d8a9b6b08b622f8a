import { html } from 'hono/html';
import { hostedPageLayout } from './hosted-page-layout.js';

/** A hosted address that leads nowhere, e.g. a mistyped form link. */
export function renderNotFoundPage({ nonce }: { nonce: string }) {
  const title = 'There is no form at this address';
  return hostedPageLayout({
    title,
    nonce,
    body: html`<div class="notice" role="alert">
      <h1>${title}</h1>
      <p>Check that you opened the whole link. If it still does not work, ask whoever shared it.</p>
    </div>`,
  });
}
