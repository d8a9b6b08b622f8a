import { html, raw } from 'hono/html';
import type { GalleryState } from './gallery-api.js';
import { galleryScript } from './gallery-script.js';

/** One element in one state: what the gallery shows in a tile. */
interface Tile {
  element: string;
  state: GalleryState;
  /** The element's markup, given the API's base URL for its state. */
  markup: (api: string, state: GalleryState) => ReturnType<typeof html>;
}

const tiles = (element: string, states: readonly GalleryState[], markup: Tile['markup']): Tile[] =>
  states.map((state) => ({ element, state, markup }));

/** The gallery's groups, each screenshot on its own: what a signer, a sender, a client and an agent see. */
export const galleryGroups: Record<string, readonly Tile[]> = {
  signing: tiles(
    'sign-session',
    ['loading', 'ready', 'saving', 'completed', 'declined', 'signed-out', 'error'],
    (api) => html`<sign-session api="${api}" token="gallery-token"></sign-session>`,
  ),
  sending: [
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
  ],
  portal: [
    ...tiles(
      'client-portal-login',
      ['ready'],
      (api) => html`<client-portal-login api="${api}"></client-portal-login>`,
    ),
    ...tiles(
      'client-portal',
      ['loading', 'empty', 'ready', 'error', 'signed-out'],
      // A browser that signed in before: the portal resumes its session.
      (api) =>
        html`<client-portal-login api="${api}/signed-in" account="acc_gallery"
          ><client-portal></client-portal
        ></client-portal-login>`,
    ),
    ...tiles(
      'portal-access-setup',
      ['loading', 'empty', 'ready', 'saving', 'error'],
      (api) =>
        html`<portal-access-setup api="${api}" token="gallery" client-id="cli_olivia"></portal-access-setup>`,
    ),
  ],
  clients: [
    ...tiles(
      'client-list',
      ['loading', 'empty', 'ready', 'error'],
      (api) => html`<client-list api="${api}" token="gallery" selected="cli_olivia"></client-list>`,
    ),
    ...tiles(
      'client-detail',
      ['loading', 'empty', 'ready', 'error'],
      (api) =>
        html`<client-detail
          api="${api}"
          token="gallery"
          client-id="cli_olivia"
          portal-href="/portal/{id}"
        ></client-detail>`,
    ),
  ],
  plans: [
    ...tiles(
      'task-list',
      ['loading', 'empty', 'ready', 'error'],
      (api) => html`<task-list api="${api}" token="gallery"></task-list>`,
    ),
    ...tiles(
      'plan-editor',
      ['loading', 'empty', 'ready', 'saving', 'error'],
      // Empty: a new plan, nothing written yet.
      (api, state) =>
        html`<plan-editor
          api="${api}"
          token="gallery"
          team-id="team_gallery"
          plan-id="${state === 'empty' ? '' : 'plan_gallery'}"
        ></plan-editor>`,
    ),
    ...tiles(
      'usage-meter',
      ['loading', 'empty', 'ready', 'error'],
      (api) => html`<usage-meter api="${api}" token="gallery"></usage-meter>`,
    ),
  ],
  templates: tiles(
    'template-builder',
    ['loading', 'empty', 'ready', 'saving', 'error'],
    // Empty: no template yet, the builder asks for a PDF.
    (api, state) =>
      state === 'empty'
        ? html`<template-builder api="${api}" token="gallery"></template-builder>`
        : html`<template-builder
            api="${api}"
            token="gallery"
            template-id="tpl_gallery"
          ></template-builder>`,
  ),
};

/** Elements that show their error with the fake API's answer rather than an unreachable server. */
const fakeErrors = new Set(['client-portal']);

/**
 * Where a tile's element finds its API: the fake one for its state, or, for an error, an address
 * nothing answers, so the element says so in its own words.
 */
function apiFor(tile: Tile, site: string, savingIndex: number): string {
  if (tile.state === 'error' && !fakeErrors.has(tile.element)) return 'http://127.0.0.1:9';
  const url = new URL(`${site}/gallery-api/${tile.state}`);
  // Requests that never end each hold a connection, and a browser opens six per host: loading
  // tiles share a host name of their own, and each saving tile has one, so no tile starves another.
  const loopback = url.hostname === 'localhost' || url.hostname.startsWith('127.');
  if (loopback && tile.state === 'loading') url.hostname = '127.0.0.2';
  if (loopback && tile.state === 'saving') url.hostname = `127.0.1.${savingIndex + 1}`;
  return url.href;
}

const css = `
  * { animation: none !important; transition: none !important; caret-color: transparent !important; }
  body { margin: 0; font-family: 'DejaVu Sans', sans-serif; background: #f4f5f7; color: #1d2433; }
  main { padding: 16px; }
  h1 { font-size: 20px; margin: 0 0 12px; }
  .group { padding: 8px 0 16px; }
  .group > h2 { font-size: 16px; margin: 0 0 8px; }
  .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 600px), 1fr)); gap: 16px; }
  /* The signing page and the template builder change layout below 640 px: their tiles take the
     whole width, so the desktop shows their desktop layout. */
  [data-group=signing] .tiles, [data-group=templates] .tiles { grid-template-columns: 100%; }
  section { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; padding: 12px; min-width: 0; }
  h3 { font-size: 14px; margin: 0 0 8px; color: #3d4657; }
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
  let saving = 0;
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
        <script type="module" src="${elementsUrl}/workspace.js"></script>
        <script type="module" src="${elementsUrl}/template-builder.js"></script>
      </head>
      <body>
        <main>
          <h1>Signport elements: every state</h1>
          ${Object.entries(galleryGroups).map(
            ([group, groupTiles]) =>
              html`<div class="group" data-group="${group}">
                <h2>${group}</h2>
                <div class="tiles">
                  ${groupTiles.map(
                    (tile) =>
                      html`<section
                        aria-label="${tile.element}: ${tile.state}"
                        data-state="${tile.state}"
                        data-element="${tile.element}"
                      >
                        <h3>${tile.element} · ${tile.state}</h3>
                        ${tile.markup(
                          apiFor(tile, site, tile.state === 'saving' ? saving++ : 0),
                          tile.state,
                        )}
                      </section>`,
                  )}
                </div>
              </div>`,
          )}
        </main>
        <script type="module">
          ${raw(galleryScript)}
        </script>
      </body>
    </html>`;
}
