import type { SessionMessage } from '@signport/core';
import type { EmailLetter } from '../../platform/mail/email-letter.js';
import type { EmailMessage } from '../../platform/mail/email-message.js';
import { formatDateTime, translate } from '../languages/translate.js';
import { branded, type EmailPerson as Person } from './branded-body.js';
import type { SessionPerson } from './session-people.js';

// The texts of the notifications a session sends. Every one goes out from the system address with
// the sender's Reply-To and branding, so answers reach a person and the email looks like theirs.

/**
 * The subject and unbranded letter of an invitation; reminders hand them to `sendOnBehalf`. When an
 * assistant sent it for someone else, it says so: the initiator acted, on behalf of the sender.
 */
export function invitationLetter(input: {
  party: Person;
  sender: Person;
  /** Set when someone other than the sender sent it. */
  initiator?: Person | undefined;
  documentName: string;
  message: SessionMessage | null;
  url: string;
  expiresAt: Date;
  reminder: boolean;
}): { subject: string; letter: EmailLetter } {
  const { party, sender, initiator, documentName, message, url, expiresAt, reminder } = input;
  const { locale } = party;
  const who = initiator
    ? translate(locale, 'onBehalf', { initiator: initiator.name, sender: sender.name })
    : sender.name;
  return {
    subject:
      message?.subject ??
      translate(locale, reminder ? 'reminderSubject' : 'invitationSubject', {
        sender: sender.name,
        document: documentName,
      }),
    letter: {
      body: [
        translate(locale, 'greeting', { name: party.name }),
        translate(locale, 'invitationBody', { who, document: documentName }),
        ...(message?.body ? [message.body] : []),
      ].join('\n\n'),
      action: { label: translate(locale, 'openDocument'), url },
      footnote: translate(locale, 'personalLink', { date: formatDateTime(locale, expiresAt) }),
    },
  };
}

export function invitationEmail(
  input: Parameters<typeof invitationLetter>[0] & { sender: SessionPerson },
): EmailMessage {
  const { subject, letter } = invitationLetter(input);
  return {
    to: [input.party.email],
    replyTo: input.sender.email,
    subject,
    ...branded(input.sender, letter),
  };
}

export function voidedEmail(input: {
  party: Person;
  sender: SessionPerson;
  documentName: string;
  reason: string | undefined;
}): EmailMessage {
  const { locale } = input.party;
  const document = input.documentName;
  return {
    to: [input.party.email],
    replyTo: input.sender.email,
    subject: translate(locale, 'voidedSubject', { document }),
    ...branded(
      input.sender,
      [
        translate(locale, 'greeting', { name: input.party.name }),
        '',
        translate(locale, 'voidedBody', { sender: input.sender.name, document }),
        ...(input.reason ? ['', translate(locale, 'reason', { reason: input.reason })] : []),
      ].join('\n'),
    ),
  };
}

/** To the sender, in their language, who answers the party who declined. */
export function declinedEmail(input: {
  party: Person;
  sender: SessionPerson;
  documentName: string;
  reason: string;
}): EmailMessage {
  const { locale } = input.sender;
  const document = input.documentName;
  const who = `${input.party.name} <${input.party.email}>`;
  return {
    to: [input.sender.email],
    replyTo: input.party.email,
    subject: translate(locale, 'declinedSubject', { party: input.party.name, document }),
    ...branded(
      input.sender,
      [
        translate(locale, 'declinedBody', { who, document }),
        '',
        translate(locale, 'reason', { reason: input.reason }),
        '',
        translate(locale, 'declinedClosed'),
      ].join('\n'),
    ),
  };
}

/** To every party, the sender and the initiator: the sealed PDF and where anyone can check it. */
export function completedEmail(input: {
  recipient: Person;
  sender: SessionPerson;
  documentName: string;
  finalSha256: string;
  pdfBlobId: string;
  /** The hosted verify page, an absolute URL. */
  verifyUrl: string;
}): EmailMessage {
  const { locale } = input.recipient;
  const document = input.documentName;
  return {
    to: [input.recipient.email],
    replyTo: input.sender.email,
    subject: translate(locale, 'completedSubject', { document }),
    ...branded(input.sender, {
      body: [
        translate(locale, 'greeting', { name: input.recipient.name }),
        translate(locale, 'completedBody', { document }),
        translate(locale, 'completedFingerprint', { sha256: input.finalSha256 }),
      ].join('\n\n'),
      action: { label: translate(locale, 'verifyCopy'), url: input.verifyUrl },
    }),
    attachments: [
      {
        filename: `${input.documentName.replace(/[^\w .-]+/g, '').trim() || 'document'}.pdf`,
        contentType: 'application/pdf',
        blobId: input.pdfBlobId,
      },
    ],
  };
}

/** A step of a session the initiator follows by copy (completion sends them the PDF instead). */
export type CopiedStep =
  | { kind: 'sent'; parties: readonly Person[] }
  | { kind: 'viewed' | 'signed'; party: Person & { id: string } }
  | { kind: 'declined'; party: Person & { id: string }; reason: string };

/**
 * The initiator's copy, in their language, of a step of a session they started for someone else.
 * It carries no signing link: the initiator has nothing to sign.
 */
export function initiatorCopyEmail(input: {
  initiator: Person;
  sender: SessionPerson;
  documentName: string;
  step: CopiedStep;
}): EmailMessage {
  const { initiator, sender, documentName: document, step } = input;
  const { locale } = initiator;
  const who = (person: Person) => `${person.name} <${person.email}>`;
  const [subject, ...lines] = ((): string[] => {
    if (step.kind === 'sent') {
      return [
        translate(locale, 'copySentSubject', { document, sender: sender.name }),
        translate(locale, 'copySentBody', { document, sender: sender.name }),
        ...step.parties.map((party) => `- ${who(party)}`),
      ];
    }
    const keys = {
      viewed: ['copyViewedSubject', 'copyViewedBody'],
      signed: ['copySignedSubject', 'copySignedBody'],
      declined: ['copyDeclinedSubject', 'copyDeclinedBody'],
    } as const;
    const [subjectKey, bodyKey] = keys[step.kind];
    return [
      translate(locale, subjectKey, { party: step.party.name, document }),
      translate(locale, bodyKey, { who: who(step.party), document, sender: sender.name }),
      ...(step.kind === 'declined'
        ? ['', translate(locale, 'reason', { reason: step.reason })]
        : []),
    ];
  })();
  return {
    to: [initiator.email],
    replyTo: sender.email,
    subject: subject ?? document,
    ...branded(
      sender,
      [
        translate(locale, 'greeting', { name: initiator.name }),
        '',
        ...lines,
        '',
        translate(locale, 'copyNote'),
      ].join('\n'),
    ),
  };
}
