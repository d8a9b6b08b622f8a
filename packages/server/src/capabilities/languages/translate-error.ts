import { pickLocale, type Locale } from '@signport/core';
import { fillPlaceholders } from '../../platform/text/fill-placeholders.js';
import { englishErrorTexts, type ErrorTextKey, type ErrorTexts } from './error-texts-en.js';
import { spanishErrorTexts } from './error-texts-es.js';
import { frenchErrorTexts } from './error-texts-fr.js';

const catalogues: Record<Exclude<Locale, 'en'>, ErrorTexts> = {
  es: spanishErrorTexts,
  fr: frenchErrorTexts,
};

/** Each English text as a pattern: its `{placeholders}` capture what the message says there. */
const patterns = (Object.entries(englishErrorTexts) as [ErrorTextKey, string][]).map(
  ([key, text]) => {
    const names: string[] = [];
    const source = text
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '(.+?)';
      })
      .join('');
    return { key, names, pattern: new RegExp(`^${source}$`, 's') };
  },
);

/**
 * An API refusal's message in `locale`: the translation of the English text it matches, its
 * varying parts (a field's name, a number) carried over as written. Undefined when the message has
 * no translation, or English is asked for.
 *
 * @example
 * translateErrorMessage('es', 'Property address is required.'); // 'Property address es obligatorio.'
 */
export function translateErrorMessage(locale: Locale, message: string): string | undefined {
  if (locale === 'en') return undefined;
  const whole = translateText(locale, message);
  if (whole !== undefined) return whole;
  // A schema's refusal reads `field.path: Message` (validation-error.ts): the path stays as is.
  const [, path, said] = /^([\w.]+): (.+)$/s.exec(message) ?? [];
  const translated = path && said && translateText(locale, `${said}.`);
  return translated ? `${path}: ${translated.replace(/\.$/, '')}` : undefined;
}

function translateText(locale: Exclude<Locale, 'en'>, message: string): string | undefined {
  for (const { key, names, pattern } of patterns) {
    const match = pattern.exec(message);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? '']));
    return fillPlaceholders(catalogues[locale][key], params);
  }
  return undefined;
}

/** The message in the language an `Accept-Language` header asks for, with that language. */
export function localizeErrorMessage(
  acceptLanguage: string | undefined,
  message: string,
): { message: string; language: Locale } | undefined {
  const locale = pickLocale(acceptLanguage);
  const translated = locale && translateErrorMessage(locale, message);
  return locale && translated ? { message: translated, language: locale } : undefined;
}
