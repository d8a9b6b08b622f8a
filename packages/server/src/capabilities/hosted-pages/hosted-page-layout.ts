import type { Locale } from '@signport/core';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PageBranding } from './load-page-branding.js';

/**
 * The frame of the hosted pages: no third-party assets, one inline stylesheet allowed by its nonce,
 * readable from a phone up.
 */
export function hostedPageLayout({
  title,
  nonce,
  body,
  head = '',
  lang = 'en',
  branding,
}: {
  title: string;
  /** The page's language, which the elements on it follow too. */
  lang?: Locale;
  nonce: string;
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
  head?: HtmlEscapedString | Promise<HtmlEscapedString> | string;
  /** The brokerage's name, logo and colour, in a bar above the page and on the elements' accent. */
  branding?: PageBranding;
}) {
  // Checked again here: the colour goes into the stylesheet itself.
  const color = /^#[0-9a-f]{6}$/i.test(branding?.color ?? '') ? branding!.color : undefined;
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style nonce="${nonce}">
          ${raw(`:root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
          body { margin: 0; background: #f4f5f7; color: #1d2433; }
          main { box-sizing: border-box; max-width: 960px; margin: 0 auto; padding: 16px; }
          h1 { font-size: 1.35rem; margin: 24px 0 12px; }
          p { line-height: 1.5; }
          sign-session { display: block; }
          .notice { background: #fff; border-radius: 8px; padding: 24px; margin-top: 48px; box-shadow: 0 1px 3px rgb(0 0 0 / 12%); }
          .brand { background: #fff; border-top: 4px solid var(--signport-color-primary, #1f2937); box-shadow: 0 1px 3px rgb(0 0 0 / 8%); }
          .brand div { box-sizing: border-box; max-width: 960px; margin: 0 auto; padding: 10px 16px; display: flex; align-items: center; gap: 12px; font-weight: 600; font-size: 1.05rem; }
          .brand img { width: 36px; height: 36px; object-fit: contain; border-radius: 6px; }
          @media (max-width: 480px) { main { padding: 8px; } .brand div { padding: 8px; } }`)}
          ${color ? raw(`:root { --signport-color-primary: ${color}; }`) : ''}
          ${
            // The bar above already shows the logo: the element's header does not repeat it.
            branding?.logoUrl ? raw(`sign-session::part(sender-logo) { display: none; }`) : ''
          }
        </style>
        ${head}
      </head>
      <body>
        ${
          branding
            ? html`<header class="brand">
                <div>
                  ${branding.logoUrl ? html`<img src="${branding.logoUrl}" alt="" />` : ''}
                  <span>${branding.name}</span>
                </div>
              </header>`
            : ''
        }
        <main>${body}</main>
      </body>
    </html>`;
}
