import type { Locale } from '@signport/core';
import { html } from 'hono/html';
import { translate } from '../languages/translate.js';
import type { TextKey } from '../languages/texts-en.js';
import { hostedPageLayout } from './hosted-page-layout.js';

const texts = {
  expired: ['expiredLinkTitle', 'expiredLinkBody'],
  revoked: ['revokedLinkTitle', 'revokedLinkBody'],
  unknown: ['unknownLinkTitle', 'unknownLinkBody'],
  session_expired: ['sessionExpiredTitle', 'sessionExpiredBody'],
  form_unpublished: ['formUnpublishedTitle', 'formUnpublishedBody'],
  form_changed: ['formChangedTitle', 'formChangedBody'],
} as const satisfies Record<string, readonly [TextKey, TextKey]>;

export type LinkErrorReason = keyof typeof texts;

/** A friendly page instead of the signing form when the link cannot be used. */
export function renderLinkErrorPage({
  reason,
  nonce,
  lang,
}: {
  reason: LinkErrorReason;
  nonce: string;
  lang: Locale;
}) {
  const [titleKey, bodyKey] = texts[reason];
  const title = translate(lang, titleKey);
  return hostedPageLayout({
    title,
    nonce,
    lang,
    body: html`<div class="notice" role="alert">
      <h1>${title}</h1>
      <p>${translate(lang, bodyKey)}</p>
    </div>`,
  });
}
