import { renderAgentEmail } from '../usage/render-agent-email.js';
import type { SessionPerson } from './session-people.js';

/** Someone an email names or is sent to. */
export interface EmailPerson {
  name: string;
  email: string;
}

/** A plain text with the sender's signature block, and its HTML in the sender's colours and logo. */
export function branded(sender: SessionPerson, body: string): { text: string; html: string } {
  return {
    text: `${body}\n\n${sender.branding.signatureBlock ?? sender.name}`,
    html: renderAgentEmail(sender, body),
  };
}
