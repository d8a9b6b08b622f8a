/** The texts the elements show themselves; everything else comes from the server. */
const english = {
  loading: 'Loading…',
  notConfigured:
    'This element needs the address of the signing service: set its api attribute or wrap it in <signport-provider api="…">.',
  unexpectedError: 'Something went wrong. Please try again.',
};

export type MessageKey = keyof typeof english;
export type Messages = Partial<Record<MessageKey, string>>;

const catalogues = new Map<string, Messages>([['en', english]]);

/**
 * Adds or extends the texts for a language, e.g. `addMessages('fr', { loading: 'Chargement…' })`.
 * Missing keys fall back to English.
 */
export function addMessages(lang: string, messages: Messages): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
}

/** The text for `key` in the language in effect at `element` (nearest `lang`, then the document's). */
export function message(element: Element, key: MessageKey): string {
  const lang = langAt(element).toLowerCase();
  return (
    catalogues.get(lang)?.[key] ?? catalogues.get(lang.split('-')[0] ?? '')?.[key] ?? english[key]
  );
}

/** The nearest `lang`, looking past shadow roots so an element nested in another follows the page. */
function langAt(element: Element): string {
  for (let node: Element | null = element; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}
