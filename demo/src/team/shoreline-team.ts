import type { AssigneeRole, CreatePlanRequest, PlanDefaults } from '@signport/core';

/** Who is who in the Shoreline Team, by the demo users' external ids. */
export const shorelineTeam = {
  name: 'Shoreline Team',
  members: [
    { externalId: 'bernie', teamRole: 'rainmaker', permission: 'unlimited' },
    { externalId: 'alice', teamRole: 'member', permission: 'enhanced' },
    { externalId: 'betty', teamRole: 'member', permission: 'basic' },
  ],
} as const;

/** Where the team starts: emails and texts from the rainmaker, tasks to the contact's agent. */
export const initialPlanDefaults: PlanDefaults = {
  task: 'contact_assignee',
  email: 'rainmaker',
  sms: 'rainmaker',
};

/** The team's drip for new buyer leads: an email at once, a text the next day, a call task later. */
export const newBuyerPlan: Omit<CreatePlanRequest, 'teamId'> = {
  name: 'New buyer lead',
  steps: [
    {
      type: 'email',
      delayMinutes: 0,
      subject: 'Welcome to Shoreline Realty',
      body: 'Thanks for reaching out! Here are the newest listings by the water.',
    },
    {
      type: 'sms',
      delayMinutes: 1440,
      text: 'Hi from Shoreline Realty! Any homes you would like to see this week?',
    },
    { type: 'task', delayMinutes: 4320, title: 'Call to book showings' },
  ],
};

/** `GET /v1/teams/{id}`, the fields the demo reads. */
export interface TeamResponse {
  id: string;
  name: string;
  members: Array<{
    user: { id: string; name: string; email: string };
    teamRole: 'rainmaker' | 'member';
    permission: 'basic' | 'enhanced' | 'unlimited';
  }>;
  planDefaults: PlanDefaults;
}

/** How the demo names each designated agent, as `<plan-defaults>` does. */
export const assigneeRoleLabels: Record<AssigneeRole, string> = {
  rainmaker: 'Rainmaker',
  contact_assignee: 'Contact Assignee',
};
