import { addMessages } from '../base/messages.js';

const english = {
  senderPickerTitle: 'Send on behalf of',
  senderPickerYou: '(you)',
  senderPickerCurrent: 'Sender: {name}',
  senderPickerChange: 'Change sender',
  senderPickerSave: 'Save',
  senderPickerCancel: 'Cancel',
  senderPickerNoPrincipals: 'Nobody has made you their assistant yet, so you send as yourself.',
  senderPickerRetry: 'Try again',
  senderPickerRequired: 'Choose a sender.',
} as const;

export type SenderPickerMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends SenderPickerMessages {}
}

addMessages('en', english);
