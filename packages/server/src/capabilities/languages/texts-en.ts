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

  verifyTitle: 'Check a signed document',
  verifyLead:
    'See whether a PDF is a sealed, unaltered Signport document, and who signed it and when. The file is checked on this server and not kept.',
  verifyDrop: 'Drop the PDF here',
  verifyOr: 'or',
  verifyChoose: 'Choose a PDF',
  verifyNoScript: 'Turn on JavaScript in your browser to check a document.',
  verify_not_sealed:
    'This PDF carries no Signport seal. It may be an unsigned copy, or a copy printed or saved again as a new PDF.',
  verify_incomplete_coverage:
    'Something was added to or removed from this PDF after it was sealed.',
  verify_digest_mismatch: 'This PDF was changed after it was sealed.',
  verify_bad_signature: 'The seal on this PDF is damaged.',
  verify_malformed: 'The seal on this PDF is not one Signport makes.',
  verify_unknown_signer: 'This PDF was sealed by someone else, not by this Signport server.',
  verify_unknown_document:
    'The seal is ours, but this exact file is not one of the documents completed here.',
  verifyDocument: 'Document',
  verifyCompleted: 'Completed',
  verifySignedOn: ', signed {date}',
  verifySignedBy: 'Signed by',
  verifyFile: 'File',
  verifyValidTitle: 'Sealed and unaltered',
  verifyValidBody:
    'This is the document Signport sealed when everyone had signed. Not a byte has changed since.',
  verifyInvalidTitle: 'Not verified',
  verifyInvalidFallback: 'This file could not be verified.',
  verifyInvalidHint:
    'File: {file}. Ask the sender for the copy attached to their “Completed” email, and check that one.',
  verifyChecking: 'Checking {file}…',
  verifyErrorTitle: 'The file could not be checked',
  verifyServerAnswered: 'The server answered {status}.',
  verifyUnreachable: 'The server could not be reached. Check your connection and try again.',
} as const;

export type TextKey = keyof typeof englishTexts;

/** A complete translation: every key, so one added in English fails the build until translated. */
export type Texts = Record<TextKey, string>;
