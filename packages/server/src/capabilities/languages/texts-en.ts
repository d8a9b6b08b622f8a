/**
 * The server's own words, in English: emails and hosted pages to parties and clients, emails to
 * users. `{placeholders}` are filled by `translate`. Spanish and French (`texts-es.ts`,
 * `texts-fr.ts`) must have every key.
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

  // To senders and initiators (users of the account), in their own language.
  declinedSubject: '{party} declined to sign “{document}”',
  declinedBody: '{who} declined to sign “{document}”.',
  declinedClosed: 'The session is closed; start a new one to try again.',
  expiredSubject: 'Expired: “{document}”',
  expiredBody:
    '“{document}” reached its expiry date before everyone signed, so it can no longer be signed.',
  stillToSign: 'Still to sign:',
  startNewSession: 'Start a new session to try again.',
  copySentSubject: 'Copy: “{document}” was sent for {sender}',
  copySentBody: '“{document}” was sent on behalf of {sender}. Asked to sign now:',
  copyViewedSubject: 'Copy: {party} opened “{document}”',
  copyViewedBody: '{who} opened “{document}”, sent on behalf of {sender}.',
  copySignedSubject: 'Copy: {party} signed “{document}”',
  copySignedBody: '{who} signed “{document}”, sent on behalf of {sender}.',
  copyDeclinedSubject: 'Copy: {party} declined to sign “{document}”',
  copyDeclinedBody: '{who} declined to sign “{document}”, sent on behalf of {sender}.',
  copyNote: 'This copy is for your information: there is nothing for you to sign.',
  smsReplySubject: '{name} replied to your text',
  smsReplyBody: '{who} replied to your text:',
  smsReplyPaused: 'Plan “{plan}” is paused for them.',

  // To clients, about their portal login, in the client's language.
  yourAgent: 'Your agent',
  portalInviteSubject: 'Set up your client login',
  portalInviteBody:
    '{agent} set up a client login for you, to follow your property and documents online.',
  portalResetSubject: 'Reset your client login password',
  portalResetByAgentBody: '{agent} sent you a link to choose a new password for your client login.',
  portalUsername: 'Your username: {username}',
  portalChoosePassword: 'Choose your password',
  portalInviteFootnote: 'The link works once, within 48 hours.',
  portalResetRequestedBody:
    'Someone asked to reset the password of your client login "{username}".',
  portalChooseNewPassword: 'Choose a new password',
  portalResetFootnote:
    'The link works once, within one hour. If it was not you, ignore this email: your password stays as it is.',
  portalSignInSubject: 'Your sign-in link',
  portalSignInBody: 'Someone asked to sign in to your client login "{username}" by email.',
  portalSignInAction: 'Sign in here (the link works once, within 15 minutes):',
  portalSignInIgnore: 'If it was not you, ignore this email: nobody can sign in without it.',
  portalPasswordChangedSubject: 'Your client login password was changed',
  portalPasswordChangedBody:
    'The password of your client login "{username}" was just changed, and every device signed in with it was signed out.',
  portalPasswordChangedWarning: 'If you did not change it, contact your agent right away.',

  // The set-password page of emailed portal links.
  activationTitle: 'Client login',
  activationHeading: 'Choose your password',
  activationUsername: 'Username',
  activationNewPassword: 'New password',
  activationRepeat: 'Repeat the password',
  activationHint: 'At least {min} characters. A long phrase is easiest to remember.',
  activationSubmit: 'Set password',
  activationDoneTitle: 'Your password is set',
  activationDoneBody: 'Sign in on your agent’s website with the username {username}.',
  activationUnusableTitle: 'This link does not work',
  activationExpired:
    'This link has expired. Ask your agent to send a new one, or ask for a reset on the sign-in page.',
  activationUsed:
    'This link was already used or replaced by a newer one. Use the newest email, or ask for a new link.',
  activationUnknown:
    'This link is not valid. Check that you copied all of it, or ask your agent for a new one.',
  activationMismatch: 'The two passwords are not the same.',
} as const;

export type TextKey = keyof typeof englishTexts;

/** A complete translation: every key, so one added in English fails the build until translated. */
export type Texts = Record<TextKey, string>;
