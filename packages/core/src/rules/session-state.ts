import { refuse, succeed, type RuleResult } from './rule-result.js';

export const sessionStates = [
  'draft',
  'sent',
  'in_progress',
  'completed',
  'declined',
  'expired',
  'voided',
] as const;
export type SessionState = (typeof sessionStates)[number];

export const terminalSessionStates = [
  'completed',
  'declined',
  'expired',
  'voided',
] as const satisfies readonly SessionState[];

/**
 * What can happen to a session: the sender sends it; a party's first activity (opening, saving) starts it;
 * the last party's completion completes it; a party declines; the expiry job expires it; the sender voids it.
 */
export const sessionEvents = ['send', 'activity', 'complete', 'decline', 'expire', 'void'] as const;
export type SessionEvent = (typeof sessionEvents)[number];

// `activity` loops on in_progress so callers can report every save without tracking "first".
const transitions: Record<SessionState, Partial<Record<SessionEvent, SessionState>>> = {
  draft: { send: 'sent', expire: 'expired', void: 'voided' },
  sent: {
    activity: 'in_progress',
    complete: 'completed',
    decline: 'declined',
    expire: 'expired',
    void: 'voided',
  },
  in_progress: {
    activity: 'in_progress',
    complete: 'completed',
    decline: 'declined',
    expire: 'expired',
    void: 'voided',
  },
  completed: {},
  declined: {},
  expired: {},
  voided: {},
};

const eventPhrases: Record<SessionEvent, string> = {
  send: 'be sent',
  activity: 'be worked on by its parties',
  complete: 'be completed',
  decline: 'be declined',
  expire: 'expire',
  void: 'be voided',
};

export function isTerminalState(state: SessionState): boolean {
  return (terminalSessionStates as readonly SessionState[]).includes(state);
}

/** States in which the parties fill and sign; a draft belongs to its sender until it is sent. */
export function isPartyEditableState(state: SessionState): boolean {
  return state === 'sent' || state === 'in_progress';
}

export function canTransition(from: SessionState, event: SessionEvent): boolean {
  return transitions[from][event] !== undefined;
}

/** The state after `event`, or an `invalid_state` refusal naming the state and the event. */
export function nextState(from: SessionState, event: SessionEvent): RuleResult<SessionState> {
  const to = transitions[from][event];
  if (to !== undefined) return succeed(to);
  const state = from.replace('_', ' ');
  if (isTerminalState(from)) {
    return refuse(
      'invalid_state',
      `This session is ${state}: it can no longer ${eventPhrases[event]}`,
    );
  }
  return refuse('invalid_state', `A session that is ${state} cannot ${eventPhrases[event]}`);
}
