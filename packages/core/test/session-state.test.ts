import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canTransition,
  isPartyEditableState,
  isTerminalState,
  nextState,
  sessionEvents,
  sessionStates,
  type SessionEvent,
  type SessionState,
} from '../src/index.js';

// The full lifecycle, written out as a table: '-' means refused.
const expected: Record<SessionState, Record<SessionEvent, SessionState | '-'>> = {
  draft: {
    send: 'sent',
    activity: '-',
    complete: '-',
    decline: '-',
    expire: 'expired',
    void: 'voided',
  },
  sent: {
    send: '-',
    activity: 'in_progress',
    complete: 'completed',
    decline: 'declined',
    expire: 'expired',
    void: 'voided',
  },
  in_progress: {
    send: '-',
    activity: 'in_progress',
    complete: 'completed',
    decline: 'declined',
    expire: 'expired',
    void: 'voided',
  },
  completed: { send: '-', activity: '-', complete: '-', decline: '-', expire: '-', void: '-' },
  declined: { send: '-', activity: '-', complete: '-', decline: '-', expire: '-', void: '-' },
  expired: { send: '-', activity: '-', complete: '-', decline: '-', expire: '-', void: '-' },
  voided: { send: '-', activity: '-', complete: '-', decline: '-', expire: '-', void: '-' },
};

for (const from of sessionStates) {
  for (const event of sessionEvents) {
    const to = expected[from][event];
    test(`session ${from} + ${event} → ${to === '-' ? 'refused' : to}`, () => {
      const result = nextState(from, event);
      assert.equal(canTransition(from, event), to !== '-');
      if (to === '-') {
        assert.equal(result.ok, false);
        if (!result.ok) {
          assert.equal(result.error.code, 'invalid_state');
          assert.match(result.error.message, new RegExp(from.replace('_', ' ')));
        }
      } else {
        assert.deepEqual(result, { ok: true, value: to });
      }
    });
  }
}

test('terminal states are exactly completed, declined, expired and voided', () => {
  assert.deepEqual(
    sessionStates.filter((state) => isTerminalState(state)),
    ['completed', 'declined', 'expired', 'voided'],
  );
});

test('a terminal state names itself as final in the refusal', () => {
  const result = nextState('voided', 'send');
  assert.equal(result.ok, false);
  if (!result.ok)
    assert.equal(result.error.message, 'This session is voided: it can no longer be sent');
});

test('parties edit only sent and in-progress sessions', () => {
  assert.deepEqual(
    sessionStates.filter((state) => isPartyEditableState(state)),
    ['sent', 'in_progress'],
  );
});

test('every state reachable from draft, and nothing leaves a terminal state', () => {
  const reached = new Set<SessionState>(['draft']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const from of [...reached]) {
      for (const event of sessionEvents) {
        const result = nextState(from, event);
        if (result.ok && !reached.has(result.value)) {
          reached.add(result.value);
          grew = true;
        }
      }
    }
  }
  assert.deepEqual([...reached].sort(), [...sessionStates].sort());
});
