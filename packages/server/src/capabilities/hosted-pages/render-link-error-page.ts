import { html } from 'hono/html';
import { hostedPageLayout } from './hosted-page-layout.js';

const messages = {
  expired: {
    title: 'This signing link has expired',
    body: 'Links stay valid for a limited time. Ask the person who sent you the document for a new one.',
  },
  revoked: {
    title: 'This document was cancelled',
    body: 'The sender cancelled this signing request, so there is nothing left to sign. Contact them if you think this is a mistake.',
  },
  unknown: {
    title: 'This signing link does not work',
    body: 'Check that you opened the whole link from your email. If it still does not work, ask the sender for a new one.',
  },
  session_expired: {
    title: 'This document has expired',
    body: 'It was not finished in time and can no longer be signed. If you still need it, contact the person who sent it.',
  },
  form_unpublished: {
    title: 'This form is no longer available',
    body: 'Its owner has taken it offline, so what you saved cannot be finished. Contact them if you still need it.',
  },
  form_changed: {
    title: 'This form has changed',
    body: 'It was updated after you started it. Open the form again to fill in the current version.',
  },
} as const;

export type LinkErrorReason = keyof typeof messages;

/** A friendly page instead of the signing form when the link cannot be used. */
export function renderLinkErrorPage({ reason, nonce }: { reason: LinkErrorReason; nonce: string }) {
  const { title, body } = messages[reason];
  return hostedPageLayout({
    title,
    nonce,
    body: html`<div class="notice" role="alert">
      <h1>${title}</h1>
      <p>${body}</p>
    </div>`,
  });
}
