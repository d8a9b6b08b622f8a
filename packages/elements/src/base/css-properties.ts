import { noChange, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ElementPart } from 'lit/directive.js';

/** Custom and standard CSS properties by their CSS names, e.g. `{ left: '10%', '--h': '2' }`. */
export type CssProperties = Readonly<Record<string, string>>;

/**
 * Sets an element's CSS properties through the CSSOM, never as a `style` attribute: a page whose
 * Content-Security-Policy has no `'unsafe-inline'` for styles blocks the attribute (Lit's `styleMap`
 * writes one on first render) but not `element.style.setProperty`. Used as `<div ${cssProperties(…)}>`;
 * an element keeps the same property names across renders, so none is ever removed.
 */
class CssPropertiesDirective extends Directive {
  render(_properties: CssProperties) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssProperties]) {
    const { style } = part.element as HTMLElement;
    for (const name in properties) style.setProperty(name, properties[name]!);
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
