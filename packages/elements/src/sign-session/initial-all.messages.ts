import { addMessages } from '../base/messages.js';

const english = {
  initialAll: 'Initial all ({count})',
  initialAllTitle: 'Initial every page',
  initialAllConfirm: 'Put these initials on all {count} initials fields of yours?',
  initialAllTyped: 'Your initials',
  initialAllUseDrawn: 'Your initials as you drew or typed them:',
  initialAllApply: 'Initial all',
  initialAllEmpty: 'Type your initials first.',
  initialAllDone: 'Initialed {count} fields.',
} as const;

export type InitialAllMessages = typeof english;

declare module '../base/messages.js' {
  // Merges these keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends InitialAllMessages {}
}

addMessages('en', english);
