import { html } from 'hono/html';
import { hostedPageLayout } from './hosted-page-layout.js';

/** The hosted signing page: `<sign-session>` pointed at this server with the link's token. */
export function renderSigningPage({
  publicUrl,
  token,
  nonce,
}: {
  publicUrl: string;
  token: string;
  nonce: string;
}) {
  return hostedPageLayout({
    title: 'Review and sign',
    nonce,
    head: html`<script type="module" src="/elements/sign-session.js"></script>`,
    body: html`<h1>Review and sign</h1>
      <sign-session api="${publicUrl}" token="${token}"></sign-session>
      <noscript
        ><p>Turn on JavaScript in your browser to review and sign this document.</p></noscript
      >`,
  });
}
