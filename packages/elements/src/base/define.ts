/**
 * Registers `element` under `tag`, the name the product promises (`<sign-session>`…). A page that
 * already has a `tag` (another library's element, or a second copy of Signport) keeps it, and the
 * console says so, with the way out: `defineAs` registers Signport's under a name of the host's.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  else console.warn(`<${tag}> is already defined; see defineAs()`);
}

/**
 * Registers an element under a tag the host chooses, e.g. `defineAs('acme-sign-session', SignSession)`
 * where the page already has a `<sign-session>`. A class can back only one tag, so this registers a
 * subclass, and returns it.
 */
export function defineAs<Element extends CustomElementConstructor>(
  tag: string,
  element: Element,
): Element {
  const renamed = class extends element {};
  customElements.define(tag, renamed);
  return renamed;
}
