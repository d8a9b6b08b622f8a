/**
 * The server's own words to a party, in English: emails and hosted pages. `{placeholders}` are
 * filled by `translate`. Spanish and French (`texts-es.ts`, `texts-fr.ts`) must have every key.
 */
export const englishTexts = {
  greeting: 'Hello {name},',
  invitationSubject: '{sender} asks you to sign “{document}”',
  reminderSubject: 'Reminder: {sender} asks you to sign “{document}”',
  invitationBody: '{who} sent you “{document}” to review and sign.',
  onBehalf: '{initiator}, on behalf of {sender},',
  openDocument: 'Open the document',
  personalLink: 'This link is personal to you; do not forward it. It works until {date}.',
  voidedSubject: '“{document}” was cancelled',
  voidedBody:
    '{sender} cancelled “{document}”. There is nothing left for you to sign, and your link no longer works.',
  reason: 'Reason: {reason}',
  completedSubject: 'Completed: “{document}”',
  completedBody: 'Everyone has signed “{document}”. The sealed document is attached.',
  completedFingerprint:
    'Its SHA-256 fingerprint is {sha256}. Anyone can check that a copy is sealed and unaltered by dropping it on the verify page.',
  verifyCopy: 'Verify a copy',
  draftExpiredSubject: 'Your saved “{document}” has expired',
  draftExpiredBody:
    'Your saved “{document}” was not finished in time, so it was removed from the queue and its link no longer works.',
  startAgain: 'Start again',
  resumeSubject: 'Continue your “{document}”',
  resumeBody: 'Your “{document}” is saved: pick up where you stopped.',
  resumeAction: 'Continue where you left off',

  signingTitle: 'Review and sign',
  signingNoScript: 'Turn on JavaScript in your browser to review and sign this document.',
  formNoScript: 'Turn on JavaScript in your browser to fill in this form.',
  notFoundTitle: 'There is no form at this address',
  notFoundBody:
    'Check that you opened the whole link. If it still does not work, ask whoever shared it.',
  expiredLinkTitle: 'This signing link has expired',
  expiredLinkBody:
    'Links stay valid for a limited time. Ask the person who sent you the document for a new one.',
  revokedLinkTitle: 'This document was cancelled',
  revokedLinkBody:
    'The sender cancelled this signing request, so there is nothing left to sign. Contact them if you think this is a mistake.',
  unknownLinkTitle: 'This signing link does not work',
  unknownLinkBody:
    'Check that you opened the whole link from your email. If it still does not work, ask the sender for a new one.',
  sessionExpiredTitle: 'This document has expired',
  sessionExpiredBody:
    'It was not finished in time and can no longer be signed. If you still need it, contact the person who sent it.',
  formUnpublishedTitle: 'This form is no longer available',
  formUnpublishedBody:
    'Its owner has taken it offline, so what you saved cannot be finished. Contact them if you still need it.',
  formChangedTitle: 'This form has changed',
  formChangedBody:
    'It was updated after you started it. Open the form again to fill in the current version.',
} as const;

export type TextKey = keyof typeof englishTexts;

/** A complete translation: every key, so one added in English fails the build until translated. */
export type Texts = Record<TextKey, string>;
