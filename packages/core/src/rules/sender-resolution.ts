import { refuse, succeed, type RuleResult } from './rule-result.js';

/** What an assistant may do for a principal: send signings, manage contacts, templates, instructions, clauses. */
export const delegationScopes = [
  'send',
  'contacts',
  'templates',
  'instructions',
  'clauses',
] as const;
export type DelegationScope = (typeof delegationScopes)[number];

export interface DelegationGrant {
  assistantId: string;
  principalId: string;
  scopes: readonly DelegationScope[];
  /** Set once revoked; a revoked delegation grants nothing. */
  revokedAt?: string | null | undefined;
}

export interface ResolvedSender {
  /** Who the work is on behalf of: owns what is created, signs the emails. */
  senderId: string;
  /** Who is logged in and doing it. */
  initiatorId: string;
  onBehalf: boolean;
}

function isActive(delegation: DelegationGrant): boolean {
  return delegation.revokedAt === undefined || delegation.revokedAt === null;
}

/** The scopes `assistantId` holds for `principalId` across its active delegations. */
export function scopesFor(
  assistantId: string,
  principalId: string,
  delegations: readonly DelegationGrant[],
): DelegationScope[] {
  const granted = new Set(
    delegations
      .filter((d) => isActive(d) && d.assistantId === assistantId && d.principalId === principalId)
      .flatMap((d) => d.scopes),
  );
  return delegationScopes.filter((scope) => granted.has(scope));
}

/**
 * Who the caller acts as: themselves when no sender (or themselves) is requested; a principal only through
 * an active delegation carrying `scope`. Anything else is `forbidden`, the same answer whether or not that
 * user exists.
 */
export function resolveSender(
  callerId: string,
  requestedSenderId: string | undefined,
  scope: DelegationScope,
  delegations: readonly DelegationGrant[],
): RuleResult<ResolvedSender> {
  if (requestedSenderId === undefined || requestedSenderId === callerId) {
    return succeed({ senderId: callerId, initiatorId: callerId, onBehalf: false });
  }
  if (!scopesFor(callerId, requestedSenderId, delegations).includes(scope)) {
    return refuse('forbidden', 'You may not act for this sender', 'senderId');
  }
  return succeed({ senderId: requestedSenderId, initiatorId: callerId, onBehalf: true });
}

export interface SenderOption<U> {
  user: U;
  self: boolean;
  scopes: DelegationScope[];
}

/**
 * What `<sender-picker>` lists: the caller first (every scope, selected by default), then each principal
 * with at least one active scope, by name.
 */
export function sendersFor<U extends { id: string; name: string }>(
  callerId: string,
  users: readonly U[],
  delegations: readonly DelegationGrant[],
): SenderOption<U>[] {
  const caller = users.find((user) => user.id === callerId);
  const principals = users
    .filter((user) => user.id !== callerId)
    .map((user) => ({ user, self: false, scopes: scopesFor(callerId, user.id, delegations) }))
    .filter((option) => option.scopes.length > 0)
    .sort((a, b) => a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id));
  const self = caller ? [{ user: caller, self: true, scopes: [...delegationScopes] }] : [];
  return [...self, ...principals];
}

export interface Identity {
  id: string;
  name: string;
  email: string;
}

/**
 * "Add Myself" adds the sender, never the initiator: an assistant sending for an agent puts the agent
 * on the document. The initiator is deliberately not an input, so it cannot slip in.
 */
export function addMyselfParty(
  sender: Identity,
  role: string,
): { role: string; userId: string; name: string; email: string } {
  return { role, userId: sender.id, name: sender.name, email: sender.email };
}
