import { addMessages, message } from '../base/messages.js';
import type { MessageKey } from '../base/messages.js';

// `{name}`-style placeholders are filled by `fill()` in the element.
const english = {
  progress: '{filled} of {required} required fields done',
  nextField: 'Next required field',
  startSigning: 'Start',
  allDone: 'All required fields are done',
  finish: 'Finish and sign',
  decline: 'Decline to sign',
  saving: 'Saving…',
  savedAt: 'Saved {time}',
  notSaved: 'Not saved — retrying',
  retryNow: 'Retry now',
  saveStopped: 'Not saved',
  pageLabel: 'Page {number} of {count}',
  required: 'Required',
  locked: 'Locked: the sender set this value',
  fillOnSigning: 'Filled on signing',
  sign: 'Sign',
  addInitials: 'Initial',
  signatureOf: 'Signature by {name}',
  otherValue: 'Filled by another party',
  signatureTitle: 'Your signature',
  initialsTitle: 'Your initials',
  draw: 'Draw',
  type: 'Type',
  drawHint: 'Draw inside the box with your mouse, finger or pen.',
  typeLabel: 'Type your name',
  clear: 'Clear',
  undo: 'Undo',
  apply: 'Apply',
  cancel: 'Cancel',
  emptySignature: 'Draw or type your signature first.',
  signatureTooLarge: 'This signature is too large. Clear it and sign again.',
  enterNumber: 'Enter a number',
  uploadingFile: 'Uploading {name}…',
  attachedFile: 'Attached: {name}',
  replaceFile: 'Replace file',
  consentTitle: 'Electronic records and signatures',
  consentVersion: 'Disclosure version {version}',
  consentAgree: 'I agree to use electronic records and signatures',
  consentContinue: 'Continue',
  consentNeeded: 'Tick the box to agree before you sign.',
  missingFields: 'Fill in the required fields first: {count} left.',
  fixFields: 'Correct the highlighted fields first.',
  nextPartyTitle: 'Who signs next',
  nextPartyRole: 'Signer for {role}',
  partyName: 'Name',
  partyEmail: 'Email',
  addAnother: 'Add another',
  remove: 'Remove',
  completedTitle: "You're done",
  completedDownload: 'Download the signed document',
  completedByEmail: "You'll receive the completed document by email when everyone has signed.",
  declineTitle: 'Decline to sign',
  declineReason: 'Why are you declining?',
  declineConfirm: 'Decline',
  declinedTitle: 'You declined to sign',
  declinedBody: 'The sender has been told. You can close this page.',
  voidedBody: 'The sender cancelled this document. There is nothing left to sign.',
  expiredBody: 'This signing link has expired or is no longer valid. Ask the sender for a new one.',
  alreadySigned: 'You have already signed this document.',
  sessionDeclined: 'Another party declined to sign this document. There is nothing left to sign.',
  sessionCompleted: 'Everyone has signed this document.',
  notYourTurn: 'Others sign before you. You will receive an email when it is your turn.',
  startForm: 'Start',
  resumeOffer: 'You have a saved application on this device.',
  resume: 'Resume your saved application',
  startOver: 'Start over',
  contactTitle: 'Your details',
  enterEmail: 'Enter a valid email address',
  saveAndEmail: 'Save and email me a link',
  linkSent: 'Saved. We emailed you a link to continue later.',
};

export type SignSessionMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends SignSessionMessages {}
}

addMessages('en', english);

/** The text for `key` at `element`'s language, with `{name}` placeholders filled from `params`. */
export function text(
  element: Element,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return message(element, key).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    String(params[name] ?? placeholder),
  );
}
