import type { EmailAction } from './email-letter.js';
import { escapeHtml } from './escape-html.js';

/** Dark text on a light brand colour, white on a dark one, so the label stays readable. */
function labelColour(background: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(background.slice(at, at + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.6 ? '#111827' : '#ffffff';
}

/**
 * A button that mail clients render (Outlook ignores padding and backgrounds on links, so the
 * colour sits on a table cell) followed by the same link as text, for clients that drop the button
 * or readers who copy it.
 */
export function renderEmailButton(action: EmailAction, colour: string): string {
  const url = escapeHtml(action.url);
  const background = escapeHtml(colour);
  const text = labelColour(colour);
  return (
    `<table role="presentation" border="0" cellspacing="0" cellpadding="0" style="margin:24px 0 8px">` +
    `<tr><td align="center" bgcolor="${background}" style="border-radius:6px;background:${background}">` +
    `<a href="${url}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 24px;` +
    `font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;font-weight:600;` +
    `line-height:20px;color:${text};text-decoration:none;border-radius:6px">${escapeHtml(action.label)}</a>` +
    `</td></tr></table>` +
    `<p style="font-size:13px;color:#4b5563;margin:0 0 16px">Or open this link: ` +
    `<a href="${url}" style="color:#1d4ed8;word-break:break-all">${url}</a></p>`
  );
}
