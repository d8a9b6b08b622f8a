import type { EmailMessage } from '../../platform/mail/email-message.js';
import { formatDateTime, translate } from '../languages/translate.js';
import { branded, type EmailPerson as Person } from './branded-body.js';
import type { SessionPerson } from './session-people.js';

// Texts of the emails sent when a session runs out of time or a web-form draft is saved; like every
// session email they come from the system address with the sender's Reply-To and branding.

/** To the sender (and the initiator), in their language, when a session passed its expiry unfinished. */
export function sessionExpiredEmail(input: {
  recipient: Person;
  sender: SessionPerson;
  documentName: string;
  unsigned: readonly Person[];
}): EmailMessage {
  const { locale } = input.recipient;
  const document = input.documentName;
  return {
    to: [input.recipient.email],
    replyTo: input.sender.email,
    subject: translate(locale, 'expiredSubject', { document }),
    ...branded(
      input.sender,
      [
        translate(locale, 'greeting', { name: input.recipient.name }),
        '',
        translate(locale, 'expiredBody', { document }),
        ...(input.unsigned.length > 0
          ? [
              '',
              translate(locale, 'stillToSign'),
              ...input.unsigned.map((party) => `- ${party.name} <${party.email}>`),
            ]
          : []),
        '',
        translate(locale, 'startNewSession'),
      ].join('\n'),
    ),
  };
}

/** To a web-form party whose saved draft nobody touched for too long. */
export function draftExpiredEmail(input: {
  party: Person;
  sender: SessionPerson;
  documentName: string;
  formUrl: string | undefined;
}): EmailMessage {
  const { locale } = input.party;
  const document = input.documentName;
  return {
    to: [input.party.email],
    replyTo: input.sender.email,
    subject: translate(locale, 'draftExpiredSubject', { document }),
    ...branded(input.sender, {
      body: [
        translate(locale, 'greeting', { name: input.party.name }),
        translate(locale, 'draftExpiredBody', { document }),
      ].join('\n\n'),
      ...(input.formUrl && {
        action: { label: translate(locale, 'startAgain'), url: input.formUrl },
      }),
    }),
  };
}

/** To a web-form party who saved with their email: the one link to come back later. */
export function resumeLinkEmail(input: {
  party: Person;
  sender: SessionPerson;
  documentName: string;
  url: string;
  expiresAt: Date;
}): EmailMessage {
  const { locale } = input.party;
  const document = input.documentName;
  return {
    to: [input.party.email],
    replyTo: input.sender.email,
    subject: translate(locale, 'resumeSubject', { document }),
    ...branded(input.sender, {
      body: [
        translate(locale, 'greeting', { name: input.party.name }),
        translate(locale, 'resumeBody', { document }),
      ].join('\n\n'),
      action: { label: translate(locale, 'resumeAction'), url: input.url },
      footnote: translate(locale, 'personalLink', {
        date: formatDateTime(locale, input.expiresAt),
      }),
    }),
  };
}
