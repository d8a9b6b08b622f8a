import { and, eq, max } from 'drizzle-orm';
import { isPartyEditableState, partiesWhoseTurnItIs } from '@signport/core';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database, DbExecutor } from '../../platform/db/open-database.js';
import { partyLinks } from '../../platform/db/schema/index.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { inviteParties } from './invite-parties.js';
import { loadSession, type PartyRow } from './load-session.js';
import { loadSessionPeople } from './session-people.js';
import { SESSION_REMINDERS_JOB } from './start-session-reminders.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const Payload = z.object({ accountId: z.string(), sessionId: z.string() });

/**
 * The `session_reminders` job: every party whose turn it is and who was last emailed a link at
 * least `reminderIntervalDays` ago gets a reminder (a fresh link, on the sender's email credits);
 * then the next round is queued for when the next party falls due.
 */
export function sessionRemindersJob(deps: {
  db: Database;
  clock: Clock;
  config: Config;
}): JobHandler {
  const intervalMs = deps.config.reminderIntervalDays * DAY_MS;
  return async (payload) => {
    if (intervalMs === 0) return;
    const { accountId, sessionId } = Payload.parse(payload);
    const nextRun = await deps.db.transaction(async (tx) => {
      const loaded = await loadSession(tx, accountId, sessionId);
      if (!loaded || !isPartyEditableState(loaded.session.status)) return undefined;
      const { session, parties } = loaded;
      const now = deps.clock();
      const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
      const waiting = partiesWhoseTurnItIs(plan, parties).filter(
        (party) => party.status !== 'waiting' && party.email !== '',
      );
      const lastEmailed = await lastLinkTimes(tx, accountId, sessionId);
      const dueAt = (party: PartyRow) =>
        (lastEmailed.get(party.id) ?? party.invitedAt ?? now).getTime() + intervalMs;
      const due = waiting.filter((party) => dueAt(party) <= now.getTime());
      if (due.length > 0) {
        const { sender } = await loadSessionPeople(tx, session);
        await inviteParties(
          {
            db: tx,
            clock: deps.clock,
            publicUrl: deps.config.publicUrl,
            partyLinkTtlDays: deps.config.partyLinkTtlDays,
          },
          { session, sender, parties: due, reminder: true },
        );
      }
      const later = waiting.filter((party) => !due.includes(party)).map(dueAt);
      return new Date(Math.min(now.getTime() + intervalMs, ...later));
    });
    if (!nextRun) return;
    await enqueueJob(deps, {
      kind: SESSION_REMINDERS_JOB,
      payload: { accountId, sessionId },
      accountId,
      runAt: nextRun,
      idempotencyKey: `session-reminders:${sessionId}:${nextRun.getTime()}`,
    });
  };
}

/** When each party of a session was last given a link (invitations and reminders mint one each). */
async function lastLinkTimes(
  db: DbExecutor,
  accountId: string,
  sessionId: string,
): Promise<Map<string, Date>> {
  const rows = await db
    .select({ partyId: partyLinks.partyId, at: max(partyLinks.createdAt) })
    .from(partyLinks)
    .where(and(eq(partyLinks.accountId, accountId), eq(partyLinks.sessionId, sessionId)))
    .groupBy(partyLinks.partyId);
  return new Map(rows.flatMap((row) => (row.at ? [[row.partyId, row.at]] : [])));
}
