import type { Locale } from '@signport/core';
import { html } from 'hono/html';
import { translate } from '../languages/translate.js';
import { hostedPageLayout } from './hosted-page-layout.js';
import { localeScript } from './locale-script.js';
import type { PageBranding } from './load-page-branding.js';

/** The hosted page of a public web form: `<sign-session>` starting (or resuming) the form. */
export function renderFormPage({
  publicUrl,
  slug,
  title,
  nonce,
  lang,
  branding,
}: {
  publicUrl: string;
  slug: string;
  title: string;
  nonce: string;
  lang: Locale;
  branding?: PageBranding;
}) {
  return hostedPageLayout({
    title,
    nonce,
    lang,
    branding,
    head: html`${localeScript(lang)}<script type="module" src="/elements/sign-session.js"></script>`,
    body: html`<h1>${title}</h1>
      <sign-session api="${publicUrl}" form="${slug}"></sign-session>
      <noscript><p>${translate(lang, 'formNoScript')}</p></noscript>`,
  });
}
