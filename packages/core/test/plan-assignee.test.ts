import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EMAIL_CREDITS_PER_MONTH,
  assigneeRoles,
  canChangePlanDefaults,
  decideStepDelivery,
  emailCreditsRemaining,
  planStepOutcome,
  planStepTypes,
  resolveStepAgent,
  teamPermissions,
  teamRoles,
  usageMonth,
  type AgentUsage,
  type AssigneeRole,
  type PlanContact,
  type PlanDefaults,
  type PlanTeam,
} from '../src/index.js';
import { combinations } from './helpers.js';

const team: PlanTeam = { rainmakerId: 'rain', memberIds: ['ann', 'bob'] };
const contacts: Record<string, PlanContact> = {
  assignedToAnn: { id: 'c1', assigneeId: 'ann' },
  assignedToRainmaker: { id: 'c2', assigneeId: 'rain' },
  unassigned: { id: 'c3' },
  assignedNull: { id: 'c4', assigneeId: null },
  assignedToFormerMember: { id: 'c5', assigneeId: 'gone' },
};
const expectedAgent: Record<string, string> = {
  assignedToAnn: 'ann',
  assignedToRainmaker: 'rain',
  unassigned: 'rain',
  assignedNull: 'rain',
  assignedToFormerMember: 'rain',
};
const allDefaults = combinations(assigneeRoles, assigneeRoles, assigneeRoles).map(
  ([task, email, sms]): PlanDefaults => ({ task, email, sms }),
);

for (const defaults of allDefaults) {
  test(`resolution under defaults task=${defaults.task} email=${defaults.email} sms=${defaults.sms}`, () => {
    for (const [type, override, contactName] of combinations(
      planStepTypes,
      [undefined, null, ...assigneeRoles] as (AssigneeRole | null | undefined)[],
      Object.keys(contacts),
    )) {
      const role = override ?? defaults[type];
      const agent = resolveStepAgent(
        { type, assignee: override },
        contacts[contactName]!,
        team,
        defaults,
      );
      const agentId = role === 'rainmaker' ? 'rain' : expectedAgent[contactName]!;
      const fellBack =
        role === 'contact_assignee' &&
        contactName !== 'assignedToAnn' &&
        contactName !== 'assignedToRainmaker';
      assert.deepEqual(
        agent,
        { agentId, role, fellBackToRainmaker: fellBack },
        JSON.stringify({ type, override, contactName }),
      );
    }
  });
}

// Delivery over every step type and the usage states that matter at their edges.
const emailUsed = [
  0,
  EMAIL_CREDITS_PER_MONTH - 1,
  EMAIL_CREDITS_PER_MONTH,
  EMAIL_CREDITS_PER_MONTH + 3,
];
for (const [type, used, subscribed, smsCredits] of combinations(
  planStepTypes,
  emailUsed,
  [false, true],
  [0, 1, 50],
)) {
  test(`a ${type} step, ${used} emails used, SMS ${subscribed ? `subscribed with ${smsCredits} credits` : 'not subscribed'}`, () => {
    const usage: AgentUsage = {
      emailsSentThisMonth: used,
      smsSubscribed: subscribed,
      smsCreditsRemaining: smsCredits,
    };
    const delivery = decideStepDelivery(type, 'ann', usage);
    if (type === 'task')
      assert.deepEqual(delivery, { action: 'task', agentId: 'ann', reason: 'plan_task' });
    if (type === 'email') {
      if (used < EMAIL_CREDITS_PER_MONTH)
        assert.deepEqual(delivery, { action: 'send_email', agentId: 'ann', replyToAgentId: 'ann' });
      else {
        assert.equal(delivery.action, 'skip_over_quota');
        assert.equal(delivery.agentId, 'ann');
        assert.match(
          delivery.action === 'skip_over_quota' ? delivery.timelineNote : '',
          /email credits/,
        );
      }
    }
    if (type === 'sms') {
      const expected = !subscribed
        ? { action: 'task', agentId: 'ann', reason: 'no_sms_subscription' }
        : smsCredits === 0
          ? { action: 'task', agentId: 'ann', reason: 'no_sms_credits' }
          : { action: 'send_sms', agentId: 'ann', replyToAgentId: 'ann' };
      assert.deepEqual(delivery, expected);
    }
  });
}

test('email credits: 5,000 a month, never negative, an upgraded limit counts', () => {
  assert.equal(emailCreditsRemaining({ emailsSentThisMonth: 0 }), 5000);
  assert.equal(emailCreditsRemaining({ emailsSentThisMonth: 4999 }), 1);
  assert.equal(emailCreditsRemaining({ emailsSentThisMonth: 7000 }), 0);
  assert.equal(
    emailCreditsRemaining({ emailsSentThisMonth: 7000, emailMonthlyLimit: 10_000 }),
    3000,
  );
  const upgraded = {
    emailsSentThisMonth: 6000,
    emailMonthlyLimit: 10_000,
    smsSubscribed: false,
    smsCreditsRemaining: 0,
  };
  assert.equal(decideStepDelivery('email', 'ann', upgraded).action, 'send_email');
});

test('credits reset with the calendar month (UTC)', () => {
  assert.equal(usageMonth(new Date('2025-01-31T23:59:59.999Z')), '2025-01');
  assert.equal(usageMonth(new Date('2025-02-01T00:00:00.000Z')), '2025-02');
  assert.equal(usageMonth(new Date('2024-12-31T23:00:00-02:00')), '2025-01');
});

test('a 3-step plan for 3 contacts: sender, credits, replies and the SMS fallback', () => {
  const defaults: PlanDefaults = {
    task: 'contact_assignee',
    email: 'contact_assignee',
    sms: 'rainmaker',
  };
  const usage: Record<string, AgentUsage> = {
    ann: {
      emailsSentThisMonth: EMAIL_CREDITS_PER_MONTH,
      smsSubscribed: false,
      smsCreditsRemaining: 0,
    },
    rain: { emailsSentThisMonth: 10, smsSubscribed: true, smsCreditsRemaining: 100 },
  };
  const steps = [
    { type: 'email' as const },
    { type: 'sms' as const },
    { type: 'task' as const, assignee: 'rainmaker' as const },
  ];
  const outcome = (contact: PlanContact) =>
    steps.map((step) => {
      const { delivery } = planStepOutcome(step, contact, team, defaults, usage);
      return `${delivery.action}:${delivery.agentId}`;
    });
  assert.deepEqual(outcome(contacts.assignedToAnn!), [
    'skip_over_quota:ann',
    'send_sms:rain',
    'task:rain',
  ]);
  assert.deepEqual(outcome(contacts.unassigned!), [
    'send_email:rain',
    'send_sms:rain',
    'task:rain',
  ]);
  // Bob has no usage on record: nothing sent yet, no SMS subscription.
  assert.deepEqual(outcome({ id: 'c6', assigneeId: 'bob' }), [
    'send_email:bob',
    'send_sms:rain',
    'task:rain',
  ]);
  const bobSms = planStepOutcome(
    { type: 'sms', assignee: 'contact_assignee' },
    { id: 'c6', assigneeId: 'bob' },
    team,
    defaults,
    usage,
  );
  assert.deepEqual(bobSms.delivery, {
    action: 'task',
    agentId: 'bob',
    reason: 'no_sms_subscription',
  });
});

for (const [teamRole, permission] of combinations(teamRoles, teamPermissions)) {
  const allowed = teamRole === 'rainmaker' || permission !== 'basic';
  test(`a ${teamRole} with ${permission} permission ${allowed ? 'may' : 'may not'} change plan defaults`, () => {
    assert.equal(canChangePlanDefaults({ teamRole, permission }), allowed);
  });
}
