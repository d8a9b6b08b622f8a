import { addMessages } from '../base/messages.js';

const english = {
  tasksTitle: 'My tasks',
  tasksShow: 'Show',
  tasksOpen: 'To do',
  tasksCompleted: 'Completed',
  tasksKind: 'Kind',
  tasksAllKinds: 'All kinds',
  tasksPlanTask: 'Plan task',
  tasksTextToSend: 'Text to send yourself',
  tasksNoSubscription: 'Send this text yourself: you have no SMS subscription.',
  tasksNoCredits: 'Send this text yourself: your SMS credits are used up.',
  tasksOptedOut: 'Not texted: the contact opted out of texts (STOP). Reach them another way.',
  tasksDone: 'Done',
  tasksDue: 'Due {date}',
  tasksOverdue: 'Overdue since {date}',
  tasksCompletedOn: 'Completed {date}',
  tasksContact: 'Contact: {name}',
  tasksNoOpen: 'Nothing to do. New plan tasks land here.',
  tasksNoCompleted: 'No completed tasks yet.',
  tasksNoMatch: 'No task of this kind on this page.',
  tasksMore: 'Show more',
  tasksCompletedNotice: '“{title}” is done.',
  tasksReopenedNotice: '“{title}” is open again.',
  tasksUndo: 'Undo',
} as const;

export type TaskListMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends TaskListMessages {}
}

addMessages('en', english);
