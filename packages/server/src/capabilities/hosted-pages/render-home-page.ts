import { html } from 'hono/html';
import { hostedPageLayout } from './hosted-page-layout.js';

/**
 * The server's own address opened in a browser: what it is and where to go, rather than a JSON 404.
 * The mailbox is listed only where it is served (outside production).
 */
export function renderHomePage({
  nonce,
  demoUrl,
  devMailbox,
}: {
  nonce: string;
  demoUrl: string | undefined;
  devMailbox: boolean;
}) {
  return hostedPageLayout({
    title: 'Signport',
    nonce,
    body: html`<div class="notice">
      <h1>Signport</h1>
      <p>
        This server answers the Signport API: e-signature and a client portal that a real-estate site
        embeds with its web components.
      </p>
      <ul>
        ${demoUrl ? html`<li><a href="${demoUrl}">The demo site</a>: a brokerage embedding every element.</li>` : ''}
        <li><a href="/docs">API reference</a>: every route, with examples.</li>
        <li><a href="/v1/openapi.json">OpenAPI document</a>, for generating clients.</li>
        ${devMailbox ? html`<li><a href="/dev/mailbox">Dev mailbox</a>: the emails this server sent.</li>` : ''}
        <li>
          Guides: the <code>docs/</code> folder of the Signport repository, starting with
          <code>docs/quick-start.md</code>.
        </li>
      </ul>
    </div>`,
  });
}
