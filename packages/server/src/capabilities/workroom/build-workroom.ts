import { and, eq, min } from 'drizzle-orm';
import {
  isFieldLocked,
  partyProgress,
  type Workroom,
  type WorkroomMember,
  type WorkroomStatus,
} from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionEvents } from '../../platform/db/schema/index.js';
import type { LoadedSession, PartyRow } from '../sessions/load-session.js';
import { loadUserRefs, userRefOf } from '../users/load-user-refs.js';
import { maskEmail } from './mask-email.js';

/**
 * The workroom of a loaded session: its roles in signing order, each with its parties' status and
 * progress as counts. No value ever leaves here. `viewerPartyId` is set when a party asks: they are
 * marked `you` and see the other parties' emails masked.
 */
export async function buildWorkroom(
  db: DbExecutor,
  { session, parties, values }: LoadedSession,
  viewerPartyId?: string,
): Promise<Workroom> {
  const { template } = session;
  const [people, firstSaves] = await Promise.all([
    loadUserRefs(db, session.accountId, [session.senderId, session.initiatorId]),
    db
      .select({ partyId: sessionEvents.partyId, at: min(sessionEvents.at) })
      .from(sessionEvents)
      .where(
        and(
          eq(sessionEvents.sessionId, session.id),
          eq(sessionEvents.accountId, session.accountId),
          eq(sessionEvents.type, 'saved'),
        ),
      )
      .groupBy(sessionEvents.partyId),
  ]);
  const savedSince = new Map(firstSaves.map((row) => [row.partyId, row.at]));
  // Locked as each party sees them, so the workroom counts what their signing page counts.
  const fields = template.fields.map((field) => ({
    ...field,
    locked: isFieldLocked(field, session),
  }));

  const member = (party: PartyRow): WorkroomMember => {
    const { status, since } = statusOf(party, savedSince.get(party.id) ?? null);
    const you = party.id === viewerPartyId;
    return {
      id: party.id,
      name: party.name,
      email: viewerPartyId === undefined || you ? party.email : maskEmail(party.email),
      you,
      status,
      statusSince: since?.toISOString() ?? null,
      progress: partyProgress(party, fields, values),
    };
  };

  return {
    session: {
      id: session.id,
      status: session.status,
      templateName: session.templateName,
      signingOrder: template.signingOrder,
      sender: { name: userRefOf(people, session.senderId).name },
      initiator: { name: userRefOf(people, session.initiatorId).name },
    },
    roles: [...template.roles]
      .sort((a, b) => a.order - b.order)
      .map((role) => ({
        key: role.key,
        name: role.name,
        order: role.order,
        parties: parties.filter((party) => party.role === role.key).map(member),
      })),
  };
}

/** The party's stored status, with "in progress" between their first look and signing once they saved. */
function statusOf(
  party: PartyRow,
  firstSavedAt: Date | null,
): { status: WorkroomStatus; since: Date | null } {
  switch (party.status) {
    case 'completed':
      return { status: 'signed', since: party.completedAt };
    case 'declined':
      return { status: 'declined', since: party.declinedAt };
    case 'waiting':
      return { status: 'waiting', since: null };
    default:
      if (firstSavedAt) return { status: 'in_progress', since: firstSavedAt };
      return party.status === 'viewed'
        ? { status: 'viewed', since: party.viewedAt }
        : { status: 'invited', since: party.invitedAt };
  }
}
