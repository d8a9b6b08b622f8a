import type { AccessSession } from '@signport/core';
import type { PartyRow, SessionRow } from './load-session.js';

/** A session as the core rules see it: state, signing plan, parties' progress and session locks. */
export function accessSession(session: SessionRow, parties: readonly PartyRow[]): AccessSession {
  return {
    state: session.status,
    signingOrder: session.template.signingOrder,
    roles: session.template.roles,
    parties: parties.map((party) => ({ id: party.id, role: party.role, status: party.status })),
    lockedFieldIds: session.lockedFieldIds,
  };
}
