import type { Locale } from '@signport/core';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

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
}: {
  title: string;
  /** The page's language, which the elements on it follow too. */
  lang?: Locale;
  nonce: string;
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
  head?: HtmlEscapedString | Promise<HtmlEscapedString> | string;
}) {
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
          @media (max-width: 480px) { main { padding: 8px; } }`)}
        </style>
        ${head}
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`;
}
