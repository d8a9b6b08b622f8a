import { addMessages } from '../base/messages.js';

const english = {
  usageTitle: 'Credits this month',
  usageMonth: 'Credits for {month}',
  usageAgent: 'Agent',
  usageEmail: 'Email',
  usageSms: 'Text messages (SMS)',
  usageOf: '{used} of {limit} used',
  usageLeft: '{remaining} left',
  usageNoSms: 'No SMS subscription',
  usageWarning: 'Running low: {percent} % used',
  usageCritical: 'Almost out: {percent} % used',
  usageEmpty: 'No agents to show.',
} as const;

export type UsageMeterMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends UsageMeterMessages {}
}

addMessages('en', english);
