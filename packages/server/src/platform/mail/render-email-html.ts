import { letterText, type EmailLetter } from './email-letter.js';
import { escapeHtml } from './escape-html.js';
import { renderEmailButton } from './render-email-button.js';

export const DEFAULT_EMAIL_COLOUR = '#1d4ed8';

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => `<p style="margin:0 0 16px">${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The HTML part of an email: a 600 px column with a coloured rule, an optional logo, the body,
 * the action's button, the footnote and the signature. Everything interpolated is escaped.
 */
export function renderEmailHtml(
  letter: EmailLetter,
  {
    colour = DEFAULT_EMAIL_COLOUR,
    logo,
    signature,
  }: { colour?: string; logo?: { url: string; alt: string }; signature?: string } = {},
): string {
  const logoHtml = logo
    ? `<img src="${escapeHtml(logo.url)}" alt="${escapeHtml(logo.alt)}" style="max-height:48px;margin-bottom:16px">`
    : '';
  return (
    `<div style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;` +
    `line-height:1.5;color:#1f2937;max-width:600px;border-top:4px solid ${escapeHtml(colour)};padding:16px;` +
    // Long words (a fingerprint, a link) wrap instead of widening a phone's screen.
    `word-wrap:break-word;overflow-wrap:anywhere">` +
    logoHtml +
    paragraphs(letter.body) +
    (letter.action ? renderEmailButton(letter.action, colour) : '') +
    (letter.footnote ? paragraphs(letter.footnote) : '') +
    (signature ? `<div style="color:#4b5563;margin-top:24px">${paragraphs(signature)}</div>` : '') +
    (letter.unsubscribeUrl
      ? `<p style="font-size:13px;color:#6b7280;margin:24px 0 0"><a href="${escapeHtml(letter.unsubscribeUrl)}" style="color:#6b7280">Unsubscribe from these emails</a></p>`
      : '') +
    `</div>`
  );
}

/** The text and HTML parts of an unbranded email, e.g. a client-login link. */
export function unbrandedEmail(letter: EmailLetter): { text: string; html: string } {
  return { text: letterText(letter), html: renderEmailHtml(letter) };
}
