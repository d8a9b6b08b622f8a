import type { Locale } from '@signport/core';
import { fillPlaceholders } from '../../platform/text/fill-placeholders.js';
import { englishTexts, type TextKey, type Texts } from './texts-en.js';
import { spanishTexts } from './texts-es.js';
import { frenchTexts } from './texts-fr.js';

const catalogues: Record<Locale, Texts> = { en: englishTexts, es: spanishTexts, fr: frenchTexts };

/**
 * The server's text for `key` in `locale` (English when unknown), placeholders filled.
 *
 * @example
 * translate('es', 'greeting', { name: 'Bea' }); // 'Hola, Bea:'
 */
export function translate(
  locale: Locale | null | undefined,
  key: TextKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return fillPlaceholders(catalogues[locale ?? 'en'][key], params);
}

/** A moment as people of `locale` write it, in UTC so every reader sees the same time. */
export function formatDateTime(locale: Locale | null | undefined, date: Date): string {
  return new Intl.DateTimeFormat(locale ?? 'en', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}
