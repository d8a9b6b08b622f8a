import type { Locale } from '@signport/core';
import { html, raw } from 'hono/html';
import { translate } from '../languages/translate.js';
import { englishTexts, type TextKey } from '../languages/texts-en.js';
import { hostedPageLayout } from './hosted-page-layout.js';

export const VERIFY_PAGE_SCRIPT_PATH = '/verify/verify-page.js';

const styles = `
.verify { max-width: 640px; margin: 0 auto; }
.lead { color: #4b5563; }
.drop { background: #fff; border: 2px dashed #94a3b8; border-radius: 12px; padding: 32px 16px; text-align: center; }
.drop.dragging { border-color: #1d4ed8; background: #eff6ff; }
.drop-title { font-size: 1.1rem; font-weight: 600; margin: 0 0 4px; }
.drop p { margin: 0 0 12px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.pick { display: inline-block; padding: 12px 22px; border-radius: 8px; background: #1d4ed8; color: #fff; font-weight: 600; cursor: pointer; }
.pick:hover { background: #1e40af; }
input:focus-visible + .pick { outline: 3px solid #1d4ed8; outline-offset: 3px; }
.result { margin-top: 24px; background: #fff; border-radius: 8px; padding: 4px 24px 16px; border-left: 6px solid #64748b; box-shadow: 0 1px 3px rgb(0 0 0 / 12%); }
.result:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }
.result h2 { font-size: 1.2rem; margin: 16px 0 8px; }
.result.valid { border-left-color: #15803d; }
.result.valid h2 { color: #166534; }
.result.invalid, .result.error { border-left-color: #b91c1c; }
.result.invalid h2, .result.error h2 { color: #991b1b; }
.result .hint { color: #4b5563; overflow-wrap: anywhere; }
.result dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; margin: 16px 0 0; }
.result dt { font-weight: 600; color: #4b5563; }
.result dd { margin: 0; overflow-wrap: anywhere; }
.parties { margin: 0; padding-left: 1.2em; }
.parties li + li { margin-top: 4px; }
@media (max-width: 480px) {
  .drop { padding: 24px 12px; }
  .result { padding: 4px 16px 12px; }
  .result dl { grid-template-columns: 1fr; gap: 2px; }
  .result dd { margin-bottom: 10px; }
}`;

/**
 * The texts the page's script shows, by key, in the page's language (`{placeholders}` unfilled),
 * handed over in an attribute since the page runs no inline script.
 */
function scriptTexts(lang: Locale): string {
  const keys = (Object.keys(englishTexts) as TextKey[]).filter((key) => key.startsWith('verify'));
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, translate(lang, key)])));
}

/**
 * The hosted verify page: drop or choose a PDF and see whether it is a sealed, unaltered Signport
 * document, with its name, signers and dates. The check itself is `POST /v1/verify`.
 */
export function renderVerifyPage({ nonce, lang }: { nonce: string; lang: Locale }) {
  const t = (key: TextKey) => translate(lang, key);
  return hostedPageLayout({
    title: t('verifyTitle'),
    nonce,
    lang,
    head: html`<style nonce="${nonce}">
        ${raw(styles)}
      </style>
      <script type="module" src="${VERIFY_PAGE_SCRIPT_PATH}"></script>`,
    body: html`<div class="verify" id="verify" data-texts="${scriptTexts(lang)}">
      <h1>${t('verifyTitle')}</h1>
      <p class="lead">${t('verifyLead')}</p>
      <div class="drop" id="verify-drop">
        <p class="drop-title">${t('verifyDrop')}</p>
        <p>${t('verifyOr')}</p>
        <input class="visually-hidden" type="file" id="verify-file" accept="application/pdf,.pdf" />
        <label class="pick" for="verify-file">${t('verifyChoose')}</label>
      </div>
      <section
        class="result"
        id="verify-result"
        tabindex="-1"
        role="status"
        aria-live="polite"
        hidden
      ></section>
      <noscript><p>${t('verifyNoScript')}</p></noscript>
    </div>`,
  });
}
