import { isEmailAddress } from './email-address.js';
import { allowed, refuse, succeed, type Check, type RuleResult } from './rule-result.js';
import { isPartyEditableState, type SessionState } from './session-state.js';
import type { PartyProgress, SigningRole } from './signing-order.js';

/** Who names the party of a later role in a passive session. */
export const routingRules = ['previous_signer', 'sender'] as const;
export type RoutingRule = (typeof routingRules)[number];

export interface RoutingTemplate {
  roles: readonly SigningRole[];
  /** Rule per later role; a role without one is named by the sender, so nobody outside names by accident. */
  routing?: Readonly<Partial<Record<string, RoutingRule>>> | undefined;
}

export interface RoutingSession {
  state: SessionState;
  parties: readonly PartyProgress[];
}

export type NamingActor = { kind: 'party'; partyId: string } | { kind: 'sender' };

export interface NamedParty {
  name: string;
  email: string;
}

/** How many people one naming may add to a role. */
export const MAX_NAMED_PARTIES = 10;
export const PARTY_NAME_MAX_LENGTH = 200;

export function routingRuleFor(template: RoutingTemplate, role: string): RoutingRule {
  return template.routing?.[role] ?? 'sender';
}

/** The first role group: whoever opens a passive form becomes its party, so nobody names it. */
export function isFirstRole(roles: readonly SigningRole[], role: string): boolean {
  const target = roles.find((candidate) => candidate.key === role);
  return target !== undefined && roles.every((other) => other.order >= target.order);
}

/** The roles of the group signing immediately before `role`. */
export function precedingRoles(roles: readonly SigningRole[], role: string): string[] {
  const target = roles.find((candidate) => candidate.key === role);
  if (!target) return [];
  const earlier = roles.filter((other) => other.order < target.order);
  const nearest = Math.max(...earlier.map((other) => other.order));
  return earlier.filter((other) => other.order === nearest).map((other) => other.key);
}

/**
 * May this actor name the parties of `targetRole`? Under `previous_signer` only a party of the
 * immediately preceding role who has not finished yet may; under `sender`, only the sender.
 */
export function mayNameParty(
  actor: NamingActor,
  targetRole: string,
  template: RoutingTemplate,
  session: RoutingSession,
): Check {
  if (!isPartyEditableState(session.state)) {
    return refuse(
      'invalid_state',
      `This session is ${session.state.replace('_', ' ')}: nobody can be added to it`,
    );
  }
  if (!template.roles.some((role) => role.key === targetRole)) {
    return refuse('validation_failed', 'This template has no such role', 'role');
  }
  if (isFirstRole(template.roles, targetRole)) {
    return refuse('forbidden', 'The first role is filled by whoever opens the form', 'role');
  }
  if (session.parties.some((party) => party.role === targetRole)) {
    return refuse('conflict', 'This role has already been named', 'role');
  }
  const rule = routingRuleFor(template, targetRole);
  if (rule === 'sender') {
    return actor.kind === 'sender'
      ? allowed
      : refuse('forbidden', 'The sender names this role', 'role');
  }
  if (actor.kind === 'sender')
    return refuse('forbidden', 'The previous signer names this role', 'role');
  const party = session.parties.find((candidate) => candidate.id === actor.partyId);
  if (!party || !precedingRoles(template.roles, targetRole).includes(party.role)) {
    return refuse('forbidden', 'Only a signer of the role before it may name this role', 'role');
  }
  if (party.status === 'completed' || party.status === 'declined') {
    return refuse('already_completed', 'You have already finished with this session', 'role');
  }
  return allowed;
}

/** The roles this party is expected to name before completing (and that nobody has named yet). */
export function rolesToNameBeforeCompleting(
  party: PartyProgress,
  template: RoutingTemplate,
  session: RoutingSession,
): string[] {
  return template.roles
    .map((role) => role.key)
    .filter(
      (role) =>
        routingRuleFor(template, role) === 'previous_signer' &&
        !isFirstRole(template.roles, role) &&
        precedingRoles(template.roles, role).includes(party.role) &&
        !session.parties.some((other) => other.role === role),
    );
}

/**
 * Checks the people named for a role: 1..`max` name/email pairs, each with a name and a valid email,
 * no email twice. Returns them trimmed, whitespace collapsed and emails lower-cased.
 */
export function validateNamedParties(
  parties: readonly NamedParty[],
  max: number = MAX_NAMED_PARTIES,
): RuleResult<NamedParty[]> {
  if (parties.length === 0)
    return refuse('validation_failed', 'Name at least one person', 'parties');
  if (parties.length > max)
    return refuse('validation_failed', `Name at most ${max} people`, 'parties');
  const normalized: NamedParty[] = [];
  const seen = new Set<string>();
  for (const [index, party] of parties.entries()) {
    const name = party.name.trim().replace(/\s+/g, ' ');
    const email = party.email.trim().toLowerCase();
    if (name === '' || name.length > PARTY_NAME_MAX_LENGTH) {
      return refuse(
        'validation_failed',
        `Enter a name of 1 to ${PARTY_NAME_MAX_LENGTH} characters`,
        `parties.${index}.name`,
      );
    }
    if (!isEmailAddress(email)) {
      return refuse('validation_failed', 'Enter a valid email address', `parties.${index}.email`);
    }
    if (seen.has(email))
      return refuse('validation_failed', 'This person is already named', `parties.${index}.email`);
    seen.add(email);
    normalized.push({ name, email });
  }
  return succeed(normalized);
}
