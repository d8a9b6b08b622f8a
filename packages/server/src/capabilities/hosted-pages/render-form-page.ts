import { html } from 'hono/html';
import { hostedPageLayout } from './hosted-page-layout.js';

/** The hosted page of a public web form: `<sign-session>` starting (or resuming) the form. */
export function renderFormPage({
  publicUrl,
  slug,
  title,
  nonce,
}: {
  publicUrl: string;
  slug: string;
  title: string;
  nonce: string;
}) {
  return hostedPageLayout({
    title,
    nonce,
    head: html`<script type="module" src="/elements/sign-session.js"></script>`,
    body: html`<h1>${title}</h1>
      <sign-session api="${publicUrl}" form="${slug}"></sign-session>
      <noscript><p>Turn on JavaScript in your browser to fill in this form.</p></noscript>`,
  });
}
