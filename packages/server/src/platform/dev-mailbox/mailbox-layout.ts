import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const styles = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:16px 24px;color:#1d232b}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dde3e8;padding:6px 8px;text-align:left;vertical-align:top}
a{color:#1a5fb4}.muted{color:#5b6670;font-size:13px}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{font-weight:600}
iframe{width:100%;height:520px;border:1px solid #dde3e8;border-radius:4px;background:#fff}pre{white-space:pre-wrap;background:#f4f6f8;padding:12px;border-radius:4px}
`;

/** The page shell shared by the dev mailbox pages. */
export function mailboxLayout(title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — Signport dev mailbox</title>
        <style>
          ${styles}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`;
}
