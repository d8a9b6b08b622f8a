import { addMessages } from '../base/messages.js';

const english = {
  composerTitle: 'New signing session',
  composerTemplate: 'Document',
  composerTemplateProcessing: '{name} (preparing pages: {done} of {total})',
  composerTemplateFailed: '{name} (could not be prepared)',
  composerNoTemplates: 'There are no templates yet: upload a PDF as a template first.',
  composerParties: 'Who signs',
  composerName: 'Name',
  composerEmail: 'Email',
  composerNameNeeded: 'Enter this person’s name.',
  composerEmailNeeded: 'Enter this person’s email address.',
  composerEmailInvalid: 'Enter an email address like name@example.com.',
  composerRole: 'Role',
  composerAddPerson: 'Add a person',
  composerRemovePerson: 'Remove {name}',
  composerPerson: 'person {n}',
  composerAddMyself: 'Add Myself',
  composerAddMyselfHint: '{name} signs too.',
  composerAddMyselfRole: 'Role of {name}',
  composerFields: 'Prefill and lock fields',
  composerLock: 'Lock',
  composerLockLabel: 'Lock {name}',
  composerMessage: 'Message to the parties',
  composerInstruction: 'Saved instruction',
  composerNone: 'None',
  composerClause: 'Clause',
  composerClauseInto: 'Insert into',
  composerInsertClause: 'Insert clause',
  composerSend: 'Send',
  composerSending: 'Sending…',
  composerSent: 'Sent “{name}”.',
} as const;

export type SessionComposerMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends SessionComposerMessages {}
}

addMessages('en', english);
