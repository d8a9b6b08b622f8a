import type { CreatePlanRequest, PlanList } from '@signport/core';
import type { ApiClient } from '@signport/core/client';
import { olivia } from '../portal/shoreline-clients.js';
import type { SeededUsers } from './seed-users.js';

/** Alice's texting number in the demo (the SMS outbox shows what it sends). */
export const aliceSmsNumber = '+15550102002';

/** A plan whose text comes from the contact's assignee: Alice, for Olivia. */
export const oliviaCheckInPlan: Omit<CreatePlanRequest, 'teamId'> = {
  name: 'Listing check-in',
  pauseOnReply: true,
  steps: [
    {
      type: 'sms',
      delayMinutes: 0,
      assignee: 'contact_assignee',
      text: 'Hi Olivia, Alice here: two more showings at 27 Dune Road this weekend. Any questions?',
    },
    {
      type: 'sms',
      delayMinutes: 2880,
      assignee: 'contact_assignee',
      text: 'Hi Olivia, how did the weekend showings feel to you?',
    },
    { type: 'task', delayMinutes: 1440, title: 'Call Olivia about price feedback' },
  ],
};

/**
 * Gives Alice an SMS number and enrols Olivia (a team contact with her client phone number, Alice
 * her assignee) in "Listing check-in", once: its first text lands in the SMS outbox at once, and a
 * reply simulated there pauses the plan and reaches Alice's client detail as an unread message.
 * Texting hours are off for the demo team so the walkthrough works at any hour.
 */
export async function seedSmsCheckIn(
  hostApi: ApiClient,
  users: SeededUsers,
  teamId: string,
): Promise<boolean> {
  const plans = await hostApi.request<PlanList>(
    `/v1/plans?teamId=${encodeURIComponent(teamId)}&limit=100`,
  );
  if (plans.items.some((plan) => plan.name === oliviaCheckInPlan.name)) return false;
  const alice = users.get('alice');
  if (!alice) throw new Error('Seed alice before the SMS check-in');
  await hostApi.request('/v1/users/alice/subscriptions', {
    method: 'PUT',
    body: { emailMonthlyLimit: null, sms: { number: aliceSmsNumber, monthlyCredits: 500 } },
  });
  await hostApi.request(`/v1/teams/${teamId}/sms-settings`, {
    method: 'PUT',
    body: { timeZone: 'America/Los_Angeles', sendingWindow: null },
  });
  const contact = await hostApi.request<{ id: string }>(`/v1/teams/${teamId}/contacts`, {
    method: 'POST',
    body: { name: olivia.name, email: null, phone: olivia.phone, assigneeId: alice.id },
  });
  const plan = await hostApi.request<{ id: string }>('/v1/plans', {
    method: 'POST',
    body: { teamId, ...oliviaCheckInPlan },
  });
  await hostApi.request(`/v1/plans/${plan.id}/enrollments`, {
    method: 'POST',
    body: { contactIds: [contact.id] },
  });
  return true;
}
