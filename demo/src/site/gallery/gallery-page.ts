import { html, raw } from 'hono/html';
import type { GalleryState } from './gallery-api.js';

/** One element in one state: what the gallery shows in a tile. */
interface Tile {
  element: string;
  state: GalleryState;
  /** The element's markup, given the API's base URL for its state. */
  markup: (api: string) => ReturnType<typeof html>;
}

const tiles = (element: string, states: readonly GalleryState[], markup: Tile['markup']): Tile[] =>
  states.map((state) => ({ element, state, markup }));

export const galleryTiles: readonly Tile[] = [
  ...tiles(
    'sign-session',
    ['loading', 'ready', 'completed', 'declined', 'error'],
    (api) => html`<sign-session api="${api}" token="gallery-token"></sign-session>`,
  ),
  ...tiles(
    'signing-dashboard',
    ['loading', 'empty', 'ready', 'error'],
    (api) => html`<signing-dashboard api="${api}" token="gallery"></signing-dashboard>`,
  ),
  ...tiles(
    'session-composer',
    ['loading', 'ready', 'error'],
    (api) => html`<session-composer api="${api}" token="gallery"></session-composer>`,
  ),
  ...tiles(
    'sender-picker',
    ['loading', 'ready', 'error'],
    (api) => html`<sender-picker api="${api}" token="gallery"></sender-picker>`,
  ),
  ...tiles(
    'plan-defaults',
    ['loading', 'ready', 'saving', 'error'],
    (api) =>
      html`<plan-defaults api="${api}" token="gallery" team-id="team_gallery"></plan-defaults>`,
  ),
  ...tiles(
    'client-portal-login',
    ['ready'],
    (api) => html`<client-portal-login api="${api}"></client-portal-login>`,
  ),
];

/**
 * Where a tile's element finds its API: the fake one for its state, or, for an error other than
 * a dead signing link, an address nothing answers, so the element says so in its own words.
 */
function apiFor(tile: Tile, site: string): string {
  if (tile.state === 'error' && tile.element !== 'sign-session') return 'http://127.0.0.1:9';
  if (tile.state === 'loading') {
    // Requests that never end each hold a connection, and a browser opens six per host: the
    // loading tiles get a host name of their own so that they do not starve the others.
    const other = new URL(site);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    return `${other.origin}/gallery-api/loading`;
  }
  return `${site}/gallery-api/${tile.state}`;
}

// The saving tiles press save once loaded; their fake API never answers the save.
const pressSave = `
  for (const section of document.querySelectorAll('section[data-state="saving"]')) {
    const element = section.querySelector('h2').nextElementSibling;
    const timer = setInterval(() => {
      const form = element.shadowRoot && element.shadowRoot.querySelector('form');
      if (!form) return;
      clearInterval(timer);
      form.requestSubmit();
    }, 50);
  }
`;

const css = `
  * { animation: none !important; transition: none !important; caret-color: transparent !important; }
  body { margin: 0; font-family: 'DejaVu Sans', sans-serif; background: #f4f5f7; color: #1d2433; }
  main { padding: 16px; }
  h1 { font-size: 20px; margin: 0 0 12px; }
  .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 600px), 1fr)); gap: 16px; }
  section { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; padding: 12px; min-width: 0; }
  h2 { font-size: 14px; margin: 0 0 8px; color: #3d4657; }
`;

/**
 * Every element of the gallery in every state it has, in `lang`. Fonts, dates and answers are
 * fixed and animations off, so a screenshot is the same on every run.
 */
export function galleryPage({
  lang,
  elementsUrl,
  site,
}: {
  lang: 'en' | 'es' | 'fr';
  elementsUrl: string;
  site: string;
}) {
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Signport gallery (${lang})</title>
        <style>
          ${css}
        </style>
        ${
          lang === 'en'
            ? ''
            : html`<script type="module" src="${elementsUrl}/signport-${lang}.js"></script>`
        }
        <script type="module" src="${elementsUrl}/signport.js"></script>
      </head>
      <body>
        <main>
          <h1>Signport elements: every state</h1>
          <div class="tiles">
            ${galleryTiles.map(
              (tile) =>
                html`<section aria-label="${tile.element}: ${tile.state}" data-state="${tile.state}">
                  <h2>${tile.element} · ${tile.state}</h2>
                  ${tile.markup(apiFor(tile, site))}
                </section>`,
            )}
          </div>
        </main>
        <script type="module">
          ${raw(pressSave)}
        </script>
      </body>
    </html>`;
}
