export const signingOrders = ['parallel', 'sequential'] as const;
export type SigningOrder = (typeof signingOrders)[number];

/**
 * A party's progress: `waiting` until invited, then `invited`, `viewed`, and finally `completed` or
 * `declined`.
 */
export const partyStatuses = ['waiting', 'invited', 'viewed', 'completed', 'declined'] as const;
export type PartyStatus = (typeof partyStatuses)[number];

export interface SigningRole {
  key: string;
  /** Lower signs first in sequential order; roles sharing a number sign side by side. */
  order: number;
}

export interface SigningPlan {
  signingOrder: SigningOrder;
  roles: readonly SigningRole[];
}

export interface PartyProgress {
  id: string;
  role: string;
  status: PartyStatus;
}

/** A role is finished when it has parties and every one of them completed; an empty role awaits a party. */
function isRoleFinished(role: string, parties: readonly PartyProgress[]): boolean {
  const own = parties.filter((party) => party.role === role);
  return own.length > 0 && own.every((party) => party.status === 'completed');
}

/** Roles whose parties may act now. */
function activeRoles(plan: SigningPlan, parties: readonly PartyProgress[]): Set<string> {
  const unfinished = plan.roles.filter((role) => !isRoleFinished(role.key, parties));
  if (plan.signingOrder === 'parallel') return new Set(unfinished.map((role) => role.key));
  const lowest = Math.min(...unfinished.map((role) => role.order));
  return new Set(unfinished.filter((role) => role.order === lowest).map((role) => role.key));
}

/**
 * The parties who may fill and sign now: in parallel every party still to complete; in sequential the
 * parties still to complete of the earliest role group not yet finished. Nobody acts once a party declined.
 */
export function partiesWhoseTurnItIs<P extends PartyProgress>(
  plan: SigningPlan,
  parties: readonly P[],
): P[] {
  if (parties.some((party) => party.status === 'declined')) return [];
  const active = activeRoles(plan, parties);
  return parties.filter((party) => active.has(party.role) && party.status !== 'completed');
}

export function isPartysTurn(
  plan: SigningPlan,
  parties: readonly PartyProgress[],
  partyId: string,
): boolean {
  return partiesWhoseTurnItIs(plan, parties).some((party) => party.id === partyId);
}

/** Complete when every role has parties, all of them completed, and nobody declined. */
export function isSigningComplete(plan: SigningPlan, parties: readonly PartyProgress[]): boolean {
  return (
    parties.length > 0 &&
    plan.roles.every((role) => isRoleFinished(role.key, parties)) &&
    parties.every((party) => party.status === 'completed')
  );
}

/** Parties whose turn it is but who have not been invited yet (on sending, and after each completion). */
export function partiesToInvite<P extends PartyProgress>(
  plan: SigningPlan,
  parties: readonly P[],
): P[] {
  return partiesWhoseTurnItIs(plan, parties).filter((party) => party.status === 'waiting');
}

/** Who to invite once `completedPartyId` completes, given the parties as they were before. */
export function partiesToInviteAfter<P extends PartyProgress>(
  plan: SigningPlan,
  parties: readonly P[],
  completedPartyId: string,
): P[] {
  const after = parties.map((party) =>
    party.id === completedPartyId ? { ...party, status: 'completed' as const } : party,
  );
  return partiesToInvite(plan, after);
}
