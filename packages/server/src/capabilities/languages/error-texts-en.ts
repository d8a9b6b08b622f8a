/**
 * The refusals a party or a client can see (signing, web forms, portal sign-in and passwords), as
 * the server writes them in English. The error handler recognises a message by its English text,
 * `{placeholders}` standing for the parts that vary, and answers it in the language the request's
 * `Accept-Language` asks for. `error-texts-es.ts` and `error-texts-fr.ts` must have every key.
 */
export const englishErrorTexts = {
  // Signing links and the signing screen.
  signingLinkInvalid: 'This signing link is not valid.',
  signingLinkExpired: 'This signing link has expired. Ask the sender for a new one.',
  sessionVoided: 'The sender cancelled this document. There is nothing left to sign.',
  signingOriginRefused: 'This account does not allow signing on {origin}.',
  noSuchField: 'This document has no such field.',
  disclosureChanged:
    'The disclosure has changed since you read it; review it again before signing.',
  noInitials: 'This document asks you for no initials.',
  alreadyAnswered: 'You have already answered this document.',
  sessionExpired:
    'This document has expired and can no longer be signed. Contact the sender if you still need it.',
  alreadySigned: 'You have already signed.',
  declinedToSign: 'You have declined to sign.',
  notYourTurn: 'Others sign before you; you will be invited when it is your turn.',
  enterNameAndEmail: 'Enter your name and email to sign.',
  nameNextSigner: 'Name who signs next before you sign.',
  required: '{name} is required.',
  notAParty: 'You are not a party of this session.',
  fieldOfAnotherParty: 'This field belongs to another party.',
  dateSignedAutomatically: 'The date is filled in automatically when you sign.',
  fieldLocked: 'This field is locked.',
  coPartySigned: 'Another party of your role has already signed with this value.',
  signAtLeastOne: 'Sign at least one of your signature fields to finish.',
  // Values typed into fields.
  enterText: 'Enter text.',
  atMostCharacters: 'Use at most {limit} characters.',
  enterNumber: 'Enter a number.',
  enterEmail: 'Enter an email address.',
  enterValidEmail: 'Enter a valid email address.',
  enterDate: 'Enter a date as yyyy-mm-dd.',
  checkboxTrueFalse: 'A checkbox is true or false.',
  chooseOption: 'Choose one of the offered options.',
  controlCharacter: 'Remove the control character {code} (position {position}).',
  signatureTooLarge: 'The signature image is larger than {size} KB.',
  // Attachments.
  attachByUpload: 'Attach the file by uploading it to this field.',
  noSuchAttachment: 'No such attachment.',
  fieldTakesNoFile: 'This field does not take a file.',
  // The translations name the types themselves (ATTACHMENT_TYPES_TEXT).
  fileTypeRefused: 'This file type is not accepted: attach {types}.',
  nameTheFile: 'Give the file a name.',
  fileTooLarge: 'The file is larger than the {limit} limit.',
  // Web forms and naming the next signer.
  formChanged:
    'This form has changed since you started it. Start it again to fill in the current version.',
  contactGivenBySender: 'Your name and email were given by the sender.',
  formAlreadyFinished: 'You have already finished with this form.',
  formOriginRefused: 'This form cannot be used on {origin}.',
  noFormHere: 'There is no form at this address.',
  formUnpublished: 'This form is no longer available. Contact its owner if you need it.',
  noSuchRole: 'This template has no such role.',
  firstRoleOpensForm: 'The first role is filled by whoever opens the form.',
  roleAlreadyNamed: 'This role has already been named.',
  senderNamesRole: 'The sender names this role.',
  previousSignerNamesRole: 'The previous signer names this role.',
  onlyPreviousRoleNames: 'Only a signer of the role before it may name this role.',
  alreadyFinishedSession: 'You have already finished with this session.',
  nameAtLeastOne: 'Name at least one person.',
  nameAtMost: 'Name at most {max} people.',
  nameLength: 'Enter a name of 1 to {max} characters.',
  personAlreadyNamed: 'This person is already named.',
  // The client portal: signing in, links and passwords.
  wrongPassword: 'The username or password is not correct.',
  loginNotActive: 'Your client login is not active. Contact your agent.',
  signInAgain: 'Sign in to the portal again.',
  signIn: 'Sign in to the portal.',
  signedOut: 'You were signed out. Sign in to the portal again.',
  // `{lost}` is what the refused request meant; the portal's one case is an unsent message.
  signedOutMessageLost: 'You were signed out; {lost}. Sign in again and send it.',
  accessTurnedOff: 'Your access was turned off by your agent; {lost}.',
  linkExpired: 'This link has expired. Ask for a new link.',
  linkUsedOrReplaced:
    'This link has already been used or replaced by a newer one. Ask for a new link.',
  linkUsed: 'This link has already been used. Ask for a new link.',
  signInLinkUsed:
    'This sign-in link has already been used or replaced by a newer one. Ask for a new link.',
  signInLinkExpired: 'This sign-in link has expired. Ask for a new link.',
  passwordTooCommon:
    'This password is one of the most common or breached passwords. Choose another one, such as a few unrelated words.',
  atLeastCharacters: 'Use at least {min} characters.',
  passwordOnlySpaces: 'A password cannot be only spaces.',
  portalOriginRefused: 'This account does not allow the portal on {origin}.',
  tooManyAttempts: 'Too many attempts. Try again in {seconds} seconds.',
} as const;

export type ErrorTextKey = keyof typeof englishErrorTexts;

/** A complete translation: a refusal added in English fails the build until translated. */
export type ErrorTexts = Record<ErrorTextKey, string>;
