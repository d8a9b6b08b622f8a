import { html, nothing } from 'lit';
import type { PartyPage, VisibleValue } from '@signport/core/client';
import { cssProperties } from '../base/css-properties.js';
import { boxStyle } from './field-geometry.js';
import { message } from '../base/messages.js';

/**
 * One page: its image (lazy, at the page's aspect ratio so nothing shifts while it loads), its text
 * for screen readers, and the boxes placed over it.
 */
export function pageTemplate(
  element: Element,
  page: PartyPage,
  pageCount: number,
  imageUrl: string,
  boxes: unknown,
) {
  const label = message(element, 'pageLabel', { number: page.number, count: pageCount });
  return html`<section
    part="page"
    class="page"
    aria-label=${label}
    ${cssProperties({ 'aspect-ratio': `${page.width}/${page.height}` })}
  >
    <img
      part="page-image"
      src=${imageUrl}
      alt=""
      loading="lazy"
      decoding="async"
      width=${page.width}
      height=${page.height}
    />
    <div class="visually-hidden">${page.text}</div>
    ${boxes}
  </section>`;
}

/** A value someone else filled, shown where it sits on the page and never editable. */
export function otherValueTemplate(
  element: Element,
  other: VisibleValue,
  page: PartyPage,
  signer: string | undefined,
) {
  const { value } = other;
  if (value === null || value === false || value === '') return nothing;
  const chosen = other.optionRects?.find((entry) => entry.option === value);
  if (chosen) {
    // The choice as the PDF shows it: its own printed button, filled.
    return html`<span
      part="other-value other-radio"
      class="other chosen"
      ${cssProperties(boxStyle(chosen.rect, page))}
      role="radio"
      aria-checked="true"
      aria-disabled="true"
      aria-label=${chosen.option}
      title=${message(element, 'otherValue')}
    ></span>`;
  }
  const isImage = typeof value === 'string' && value.startsWith('data:image/');
  return html`<div
    part="other-value"
    class="other"
    ${cssProperties(boxStyle(other.rect, page))}
    title=${message(element, 'otherValue')}
  >
    ${
      isImage
        ? html`<img
            src=${value}
            alt=${signer ? message(element, 'signatureOf', { name: signer }) : message(element, 'otherValue')}
          />`
        : value === true
          ? '✓'
          : String(value)
    }
  </div>`;
}
