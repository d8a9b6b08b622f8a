import type { Branding } from '@signport/core';
import type { EmailLetter } from '../../platform/mail/email-letter.js';
import { renderEmailHtml } from '../../platform/mail/render-email-html.js';

/** The HTML of an email sent on an agent's behalf: their colour, logo and signature block. */
export function renderAgentEmail(
  agent: { name: string; branding: Branding },
  letter: EmailLetter,
): string {
  const { branding } = agent;
  return renderEmailHtml(letter, {
    ...(branding.color && { colour: branding.color }),
    ...(branding.logoUrl && { logo: { url: branding.logoUrl, alt: agent.name } }),
    signature: branding.signatureBlock ?? agent.name,
  });
}
