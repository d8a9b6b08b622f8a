import { addMessages } from '../base/messages.js';

const english = {
  planEditorNew: 'New plan',
  planEditorEdit: 'Edit plan',
  planEditorName: 'Plan name',
  planEditorSteps: 'Steps',
  planEditorStep: 'Step {number}: {type}',
  planEditorEmail: 'Email',
  planEditorSms: 'Text message',
  planEditorTask: 'Task',
  planEditorType: 'Kind',
  planEditorDelay: 'Wait',
  planEditorDelayHint: 'after the previous step (or the enrolment)',
  planEditorMinutes: 'minutes',
  planEditorHours: 'hours',
  planEditorDays: 'days',
  planEditorSubject: 'Subject',
  planEditorBody: 'Email text',
  planEditorText: 'Text',
  planEditorTitle: 'Task',
  planEditorNotes: 'Notes (optional)',
  planEditorCarrier: 'Sent or done by',
  planEditorTeamDefault: 'Team default ({role})',
  planEditorRainmaker: 'Rainmaker',
  planEditorContactAssignee: 'Contact Assignee',
  planEditorUp: 'Move up',
  planEditorDown: 'Move down',
  planEditorRemoveShort: 'Remove',
  planEditorMoveUp: 'Move up step {number}',
  planEditorMoveDown: 'Move down step {number}',
  planEditorRemove: 'Remove step {number}',
  planEditorAdd: 'Add a step',
  planEditorAddEmail: 'Add an email',
  planEditorAddSms: 'Add a text',
  planEditorAddTask: 'Add a task',
  planEditorMergeFields: 'Merge fields',
  planEditorMergeHint:
    'Write these in a subject, text or task; each is filled in when the step runs:',
  planEditorMergeContactName: 'the contact’s full name',
  planEditorMergeContactFirstName: 'the contact’s first name',
  planEditorMergeAgentName: 'the name of the agent who sends it',
  planEditorMergeAgentEmail: 'that agent’s email address',
  planEditorSave: 'Save plan',
  planEditorSaving: 'Saving…',
  planEditorSaved: 'Plan saved.',
  planEditorEnrol: 'Enrol contacts',
  planEditorEnrolHint: 'Save the plan first, then enrol the team’s contacts.',
  planEditorEnrolButton: 'Enrol selected',
  planEditorEnrolled: 'Enrolled {count} contact(s).',
  planEditorNoContacts: 'The team has no contacts yet.',
  planEditorNoSteps: 'Add at least one step.',
} as const;

export type PlanEditorMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends PlanEditorMessages {}
}

addMessages('en', english);
