/** The languages Signport speaks: its elements, emails, hosted pages and audit certificate. */
export const locales = ['en', 'es', 'fr'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The supported language a browser prefers most, from an `Accept-Language` header or a list like
 * `navigator.languages` (`es-MX` counts as `es`); undefined when it asks for none of them.
 *
 * @example
 * pickLocale('de-DE,fr;q=0.8,en;q=0.5'); // 'fr'
 */
export function pickLocale(
  preferences: string | readonly string[] | undefined,
): Locale | undefined {
  if (!preferences) return undefined;
  const entries = typeof preferences === 'string' ? preferences.split(',') : preferences;
  const ranked = entries
    .map((entry, order) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const quality = params
        .map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1])
        .find((q) => q !== undefined);
      return {
        tag: tag.trim().toLowerCase(),
        q: quality === undefined ? 1 : Number(quality),
        order,
      };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}
