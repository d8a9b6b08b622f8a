import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  PORTAL_PASSWORD_MAX_LENGTH,
  PORTAL_PASSWORD_MIN_LENGTH,
  type Locale,
} from '@signport/core';
import { translate } from '../languages/translate.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export type ActivationPage =
  | { view: 'form'; username: string; error?: string | undefined }
  | { view: 'done'; username: string }
  | { view: 'unusable'; message: string };

const styles = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:420px;padding:32px 20px;color:#1d232b}
label{display:block;margin:14px 0 4px;font-weight:600}input{width:100%;box-sizing:border-box;padding:10px;font:inherit;border:1px solid #8a96a3;border-radius:6px}
button{margin-top:18px;padding:10px 18px;font:inherit;border:0;border-radius:6px;background:#1a5fb4;color:#fff;cursor:pointer}
.error{color:#a4000f;background:#fdecee;padding:8px 12px;border-radius:6px}.hint{color:#5b6670;font-size:14px}
`;

/**
 * The server's own page for emailed set-password links, in the client's language: a plain form
 * without scripts, with the autocomplete hints password managers need (username, new-password).
 */
export function renderActivationPage(page: ActivationPage, nonce: string, locale: Locale): Html {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  let body: Html;
  if (page.view === 'form') {
    body = html`<h1>${t('activationHeading')}</h1>
      ${page.error ? html`<p class="error" role="alert">${page.error}</p>` : ''}
      <form method="post">
        <label for="username">${t('activationUsername')}</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          value="${page.username}"
          readonly
        />
        <label for="password">${t('activationNewPassword')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minlength="${PORTAL_PASSWORD_MIN_LENGTH}"
          maxlength="${PORTAL_PASSWORD_MAX_LENGTH}"
        />
        <label for="confirm">${t('activationRepeat')}</label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autocomplete="new-password"
          required
          maxlength="${PORTAL_PASSWORD_MAX_LENGTH}"
        />
        <p class="hint">${t('activationHint', { min: PORTAL_PASSWORD_MIN_LENGTH })}</p>
        <button type="submit">${t('activationSubmit')}</button>
      </form>`;
  } else if (page.view === 'done') {
    // The username stands out in the sentence, wherever the language puts it.
    const [before = '', after = ''] = t('activationDoneBody').split('{username}');
    body = html`<h1>${t('activationDoneTitle')}</h1>
      <p>${before}<strong>${page.username}</strong>${after}</p>`;
  } else {
    body = html`<h1>${t('activationUnusableTitle')}</h1>
      <p>${page.message}</p>`;
  }
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${t('activationTitle')}</title>
        <style nonce="${nonce}">
          ${styles}
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`;
}
