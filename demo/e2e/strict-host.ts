import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StrictHost {
  origin: string;
  /** The page at `path`: `body` inside a document with the strict policy and, if asked, the hostile stylesheet. */
  page(path: string, body: string, options?: { hostile?: boolean }): string;
  close(): Promise<void>;
}

/**
 * The rules a careless host page ships: universal and element selectors that match Signport's
 * custom elements themselves and the login form's light-DOM inputs.
 */
export const HOSTILE_CSS = `
* { line-height: 3; box-sizing: content-box; letter-spacing: 0.2em; text-transform: uppercase; }
input, button { display: none; }
input, button, select, textarea { font-size: 4px; width: 3px; opacity: 0.1; pointer-events: none; }
div { padding: 11px; border: 3px solid rgb(255, 0, 0); }
p.host-note { color: rgb(0, 128, 0); }
`;

/**
 * A host site on its own origin, as strict as a bank's: only the Signport server may run scripts,
 * load images and be called; styles only from the page's own files, nothing inline. It is exactly
 * the minimum docs/embedding.md tells a host to allow, with the origin of its senders' logos.
 */
export function serveStrictHost(apiUrl: string, logoOrigin: string): Promise<StrictHost> {
  const pages = new Map<string, string>();
  const csp = [
    "default-src 'self'",
    `script-src ${apiUrl}`,
    "style-src 'self'",
    `img-src ${apiUrl} ${logoOrigin} data:`,
    `connect-src ${apiUrl}`,
  ].join('; ');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/hostile.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE_CSS);
      return;
    }
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
      })
      .end(page);
  });
  return new Promise((resolve) => {
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://localhost:${port}`,
        page(path, body, { hostile = false } = {}) {
          pages.set(
            path,
            `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Listing</title>${hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
<script type="module" src="${apiUrl}/elements/signport.js"></script></head>
<body><p class="host-note">The host's own paragraph.</p><div id="host-div">Host box</div>
<input id="host-input" value="host">
${body}</body></html>`,
          );
          return path;
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
