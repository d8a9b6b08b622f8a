import type { Locale } from '@signport/core';
import { letterText, type EmailLetter } from '../../platform/mail/email-letter.js';
import { renderAgentEmail } from '../usage/render-agent-email.js';
import type { SessionPerson } from './session-people.js';

/** Someone an email names or is sent to. */
export interface EmailPerson {
  name: string;
  email: string;
  /** The language of the emails they get: a party's or a user's own; English when unknown. */
  locale?: Locale | null;
}

/** A plain text with the sender's signature block, and its HTML in the sender's colours and logo. */
export function branded(
  sender: SessionPerson,
  letter: EmailLetter | string,
): { text: string; html: string } {
  const content = typeof letter === 'string' ? { body: letter } : letter;
  return {
    text: letterText(content, sender.branding.signatureBlock ?? sender.name),
    html: renderAgentEmail(sender, content),
  };
}
