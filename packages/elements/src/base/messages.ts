/**
 * The texts the elements show themselves; everything else comes from the server. An element adds its
 * own keys by augmenting this interface with its English catalogue (declared `as const`, so each
 * text's `{placeholders}` are part of its type) and registering it with `addMessages('en', …)`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- elements merge their keys into it
export interface SignportMessages extends BaseMessages {}

const english = {
  loading: 'Loading…',
  notConfigured:
    'This element needs the address of the signing service: set its api attribute or wrap it in <signport-provider api="…">.',
  unexpectedError: 'Something went wrong. Please try again.',
  networkError: 'Could not reach the signing service. Check your connection and try again.',
} as const;

type BaseMessages = typeof english;

export type MessageKey = keyof SignportMessages;

/** The names of the `{placeholders}` in a text, e.g. `'filled' | 'required'`. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** What fills the placeholders of `key`'s English text: none, or a value for each of them. */
export type MessageParams<Key extends MessageKey> = [Placeholders<SignportMessages[Key]>] extends [
  never,
]
  ? []
  : [params: Readonly<Record<Placeholders<SignportMessages[Key]>, string | number>>];

/** The keys whose text has no placeholder, which can be passed around and shown as they are. */
export type PlainMessageKey = {
  [Key in MessageKey]: MessageParams<Key> extends [] ? Key : never;
}[MessageKey];

type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (
  part: infer Whole,
) => void
  ? Whole
  : never;

/** A translated text that keeps every `{placeholder}` of the English one, in any order. */
type TextWith<Names extends string> = [Names] extends [never]
  ? string
  : Intersection<Names extends string ? `${string}{${Names}}${string}` : never>;

/**
 * One language's texts, e.g. Spanish: any of the keys (English fills the rest), each keeping the
 * placeholders of the English text, so a table that drops `{count}` does not compile.
 */
export type Messages = { [Key in MessageKey]?: TextWith<Placeholders<SignportMessages[Key]>> };

/**
 * Every key with its text, each keeping the English text's placeholders: the type of a complete
 * translation such as `locales/es.ts`, so a key added in English fails the build until translated.
 */
export type Catalogue = Required<Messages>;

type Catalogues = Map<string, Partial<Record<MessageKey, string>>>;

// Partial: an element's keys join the English catalogue when its module registers them. Kept on a
// global symbol so a language loaded as its own bundle (`dist/signport-es.js`) reaches the copy of
// this module inside each element bundle.
const registry = globalThis as { [key: symbol]: Catalogues | undefined };
const catalogues = (registry[Symbol.for('signport.messages')] ??= new Map());
addMessages('en', english);

/**
 * Adds or extends the texts for a language, e.g. `addMessages('fr', { loading: 'Chargement…' })`.
 * Missing keys fall back to English.
 */
export function addMessages(lang: string, messages: Messages): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
}

/**
 * The text for `key` in the language in effect at `element` (nearest `lang`, then the document's),
 * with its `{name}` placeholders filled from `params`. The types ask for every placeholder; one a
 * translation added from plain JavaScript names but `params` lacks stays as written, `{name}`.
 */
export function message<Key extends MessageKey>(
  element: Element,
  key: Key,
  ...[params]: MessageParams<Key>
): string {
  const lang = langAt(element).toLowerCase();
  const text: string =
    catalogues.get(lang)?.[key] ??
    catalogues.get(lang.split('-')[0] ?? '')?.[key] ??
    // English as registered, including the keys elements added.
    catalogues.get('en')?.[key] ??
    key;
  const values: Readonly<Record<string, string | number>> = params ?? {};
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    String(values[name] ?? placeholder),
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
  // A page that declares no language gets the browser's.
  return document.documentElement.lang || navigator.language;
}
