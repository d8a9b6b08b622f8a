/**
 * The texts the elements show themselves; everything else comes from the server. An element adds its
 * own keys by augmenting this interface and registering their English with `addMessages('en', …)`.
 */
export interface SignportMessages {
  loading: string;
  notConfigured: string;
  unexpectedError: string;
}

// Partial: an element's keys join the English catalogue when its module registers them.
const english: Messages = {
  loading: 'Loading…',
  notConfigured:
    'This element needs the address of the signing service: set its api attribute or wrap it in <signport-provider api="…">.',
  unexpectedError: 'Something went wrong. Please try again.',
};

export type MessageKey = keyof SignportMessages;
export type Messages = Partial<SignportMessages>;

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
    catalogues.get(lang)?.[key] ??
    catalogues.get(lang.split('-')[0] ?? '')?.[key] ??
    // English as registered, including the keys elements added.
    catalogues.get('en')?.[key] ??
    key
  );
}

/** The nearest `lang`, looking past shadow roots so an element nested in another follows the page. */
export function langAt(element: Element): string {
  for (let node: Element | null = element; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}
