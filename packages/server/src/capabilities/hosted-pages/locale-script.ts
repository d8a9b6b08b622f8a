import type { Locale } from '@signport/core';
import { html } from 'hono/html';

/** The elements' texts in `lang`, as its own bundle; English is built into every element. */
export function localeScript(lang: Locale) {
  return lang === 'en'
    ? ''
    : html`<script type="module" src="/elements/signport-${lang}.js"></script>`;
}
