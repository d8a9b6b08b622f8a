import { html } from 'hono/html';
import type { ElementPage } from '../site-pages.js';

/** A page reserved for one element, telling the visitor what will appear in its place. */
export function elementPage(page: ElementPage) {
  return html`
    <h1>${page.label}</h1>
    <p class="lead">${page.summary}</p>
    <div class="placeholder" data-element-slot="${page.element}">
      <p><code>&lt;${page.element}&gt;</code></p>
      <p>The Signport <strong>${page.element}</strong> element will appear here.</p>
    </div>
  `;
}
