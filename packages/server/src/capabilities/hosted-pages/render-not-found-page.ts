import type { Locale } from '@signport/core';
import { html } from 'hono/html';
import { translate } from '../languages/translate.js';
import { hostedPageLayout } from './hosted-page-layout.js';

/** A hosted address that leads nowhere, e.g. a mistyped form link. */
export function renderNotFoundPage({ nonce, lang }: { nonce: string; lang: Locale }) {
  const title = translate(lang, 'notFoundTitle');
  return hostedPageLayout({
    title,
    nonce,
    lang,
    body: html`<div class="notice" role="alert">
      <h1>${title}</h1>
      <p>${translate(lang, 'notFoundBody')}</p>
    </div>`,
  });
}
