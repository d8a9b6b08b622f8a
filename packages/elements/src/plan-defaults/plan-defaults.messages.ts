import { addMessages } from '../base/messages.js';

const english = {
  planDefaultsTitle: 'Agent defaults for team plans',
  planDefaultsHint:
    'Who sends each kind of plan step, whose credits it uses and who gets the replies or the task.',
  planDefaultsTask: 'Tasks',
  planDefaultsEmail: 'Email',
  planDefaultsSms: 'Text messages (SMS/MMS)',
  planDefaultsRainmaker: 'Rainmaker',
  planDefaultsContactAssignee: 'Contact Assignee',
  planDefaultsSave: 'Save Changes',
  planDefaultsSaving: 'Saving…',
  planDefaultsSaved: 'Changes saved.',
} as const;

export type PlanDefaultsMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends PlanDefaultsMessages {}
}

addMessages('en', english);
