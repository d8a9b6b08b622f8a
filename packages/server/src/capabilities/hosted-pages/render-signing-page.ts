import type { Locale } from '@signport/core';
import { html } from 'hono/html';
import { translate } from '../languages/translate.js';
import { hostedPageLayout } from './hosted-page-layout.js';
import { localeScript } from './locale-script.js';
import type { PageBranding } from './load-page-branding.js';

/** The hosted signing page: `<sign-session>` pointed at this server with the link's token. */
export function renderSigningPage({
  publicUrl,
  token,
  nonce,
  lang,
  branding,
}: {
  publicUrl: string;
  token: string;
  nonce: string;
  lang: Locale;
  branding?: PageBranding;
}) {
  const title = translate(lang, 'signingTitle');
  return hostedPageLayout({
    title,
    nonce,
    lang,
    branding,
    // The language's texts load first, so the element's first words are already in it.
    head: html`${localeScript(lang)}<script type="module" src="/elements/sign-session.js"></script>`,
    body: html`<h1>${title}</h1>
      <sign-session api="${publicUrl}" token="${token}"></sign-session>
      <noscript><p>${translate(lang, 'signingNoScript')}</p></noscript>`,
  });
}
