export const planStepTypes = ['task', 'email', 'sms'] as const;
export type PlanStepType = (typeof planStepTypes)[number];

/** Who carries a plan step. New roles get a resolver below; everything else follows. */
export const assigneeRoles = ['rainmaker', 'contact_assignee'] as const;
export type AssigneeRole = (typeof assigneeRoles)[number];

export const teamRoles = ['rainmaker', 'member'] as const;
export type TeamRole = (typeof teamRoles)[number];

export const teamPermissions = ['basic', 'enhanced', 'unlimited'] as const;
export type TeamPermission = (typeof teamPermissions)[number];

/** Command Email gives every agent this many sends per calendar month. */
export const EMAIL_CREDITS_PER_MONTH = 5000;

export type PlanDefaults = Record<PlanStepType, AssigneeRole>;

export interface PlanTeam {
  rainmakerId: string;
  memberIds: readonly string[];
}

export interface PlanStepRef {
  type: PlanStepType;
  /** Replaces the team default for this one step. */
  assignee?: AssigneeRole | null | undefined;
}

export interface PlanContact {
  id: string;
  /** The contact's primary assignee, if any. */
  assigneeId?: string | null | undefined;
}

export interface AgentUsage {
  /** Emails this agent sent in the current calendar month. */
  emailsSentThisMonth: number;
  /** Above the standard 5,000 when the agent upgraded. */
  emailMonthlyLimit?: number | undefined;
  smsSubscribed: boolean;
  smsCreditsRemaining: number;
}

export interface ResolvedAgent {
  agentId: string;
  role: AssigneeRole;
  /** The role named nobody on the team, so the rainmaker carries the step. */
  fellBackToRainmaker: boolean;
}

const resolvers: Record<
  AssigneeRole,
  (contact: PlanContact, team: PlanTeam) => string | undefined
> = {
  rainmaker: (_contact, team) => team.rainmakerId,
  // An assignee who left the team can no longer send for it.
  contact_assignee: ({ assigneeId }, team) =>
    assigneeId && (assigneeId === team.rainmakerId || team.memberIds.includes(assigneeId))
      ? assigneeId
      : undefined,
};

/** The agent who sends or is assigned this step for this contact. */
export function resolveStepAgent(
  step: PlanStepRef,
  contact: PlanContact,
  team: PlanTeam,
  defaults: PlanDefaults,
): ResolvedAgent {
  const role = step.assignee ?? defaults[step.type];
  const agentId = resolvers[role](contact, team);
  return agentId === undefined
    ? { agentId: team.rainmakerId, role, fellBackToRainmaker: true }
    : { agentId, role, fellBackToRainmaker: false };
}

/** The calendar month usage counts against, `yyyy-mm` in UTC; credits reset when it changes. */
export function usageMonth(at: Date): string {
  return at.toISOString().slice(0, 7);
}

export function emailCreditsRemaining(
  usage: Pick<AgentUsage, 'emailsSentThisMonth' | 'emailMonthlyLimit'>,
): number {
  return Math.max(
    0,
    (usage.emailMonthlyLimit ?? EMAIL_CREDITS_PER_MONTH) - usage.emailsSentThisMonth,
  );
}

/**
 * What happens to a step once its agent is known. Sends come from the agent and replies go back to them;
 * the credit is charged to them.
 */
export type StepDelivery =
  | { action: 'send_email'; agentId: string; replyToAgentId: string }
  | { action: 'send_sms'; agentId: string; replyToAgentId: string }
  | { action: 'skip_over_quota'; agentId: string; timelineNote: string }
  | {
      action: 'task';
      agentId: string;
      reason: 'plan_task' | 'no_sms_subscription' | 'no_sms_credits';
    };

export function decideStepDelivery(
  type: PlanStepType,
  agentId: string,
  usage: AgentUsage,
): StepDelivery {
  switch (type) {
    case 'email':
      return emailCreditsRemaining(usage) > 0
        ? { action: 'send_email', agentId, replyToAgentId: agentId }
        : {
            action: 'skip_over_quota',
            agentId,
            timelineNote:
              'Plan email not sent: the sending agent has used all email credits this month',
          };
    case 'sms':
      // Without a way to text, the agent gets a task to text the contact outside the system.
      if (!usage.smsSubscribed) return { action: 'task', agentId, reason: 'no_sms_subscription' };
      if (usage.smsCreditsRemaining <= 0)
        return { action: 'task', agentId, reason: 'no_sms_credits' };
      return { action: 'send_sms', agentId, replyToAgentId: agentId };
    case 'task':
      return { action: 'task', agentId, reason: 'plan_task' };
  }
}

const noUsage: AgentUsage = {
  emailsSentThisMonth: 0,
  smsSubscribed: false,
  smsCreditsRemaining: 0,
};

/** Resolution then delivery for one step and contact; an agent absent from `usage` has used nothing and has no SMS. */
export function planStepOutcome(
  step: PlanStepRef,
  contact: PlanContact,
  team: PlanTeam,
  defaults: PlanDefaults,
  usage: Readonly<Record<string, AgentUsage>>,
): { agent: ResolvedAgent; delivery: StepDelivery } {
  const agent = resolveStepAgent(step, contact, team, defaults);
  return {
    agent,
    delivery: decideStepDelivery(step.type, agent.agentId, usage[agent.agentId] ?? noUsage),
  };
}

/** Rainmakers and members with enhanced or unlimited permission may change the team's plan defaults. */
export function canChangePlanDefaults(member: {
  teamRole: TeamRole;
  permission: TeamPermission;
}): boolean {
  return (
    member.teamRole === 'rainmaker' ||
    member.permission === 'enhanced' ||
    member.permission === 'unlimited'
  );
}
