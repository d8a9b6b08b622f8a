import { and, eq, max } from 'drizzle-orm';
import { isFirstRole } from '@signport/core';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database, DbExecutor } from '../../platform/db/open-database.js';
import { sessionEvents, templateForms } from '../../platform/db/schema/index.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { expireSession } from '../sessions/expire-session.js';
import { loadSession } from '../sessions/load-session.js';
import { formPageUrl } from './to-template-form.js';

export const FORM_DRAFT_EXPIRY_JOB = 'expire_form_draft';

const DAY_MS = 24 * 60 * 60 * 1000;
const Payload = z.object({ accountId: z.string(), sessionId: z.string() });

/** Queues the check of whether a web-form draft was abandoned. */
export async function scheduleFormDraftExpiry(
  deps: { db: DbExecutor; clock: Clock },
  input: { accountId: string; sessionId: string; runAt: Date },
): Promise<void> {
  await enqueueJob(deps, {
    kind: FORM_DRAFT_EXPIRY_JOB,
    payload: { accountId: input.accountId, sessionId: input.sessionId },
    accountId: input.accountId,
    runAt: input.runAt,
    idempotencyKey: `form-draft-expiry:${input.sessionId}:${input.runAt.getTime()}`,
  });
}

/**
 * The `expire_form_draft` job: a web-form session whose first party has not finished and whose
 * trail shows no activity for `formDraftTtlDays` expires; otherwise the check is queued again for
 * when it would be abandoned, counted from the last activity.
 */
export function formDraftExpiryJob(deps: {
  db: Database;
  clock: Clock;
  config: Config;
}): JobHandler {
  const ttlMs = deps.config.formDraftTtlDays * DAY_MS;
  return async (payload) => {
    const { accountId, sessionId } = Payload.parse(payload);
    const loaded = await loadSession(deps.db, accountId, sessionId);
    if (!loaded) return;
    const { session, parties } = loaded;
    const visitor = parties.find((party) => isFirstRole(session.template.roles, party.role));
    if (!visitor || visitor.status === 'completed') return;
    const [last] = await deps.db
      .select({ at: max(sessionEvents.at) })
      .from(sessionEvents)
      .where(and(eq(sessionEvents.accountId, accountId), eq(sessionEvents.sessionId, sessionId)));
    const abandonedAt = (last?.at ?? session.createdAt).getTime() + ttlMs;
    if (abandonedAt > deps.clock().getTime()) {
      await scheduleFormDraftExpiry(deps, { accountId, sessionId, runAt: new Date(abandonedAt) });
      return;
    }
    const [form] = await deps.db
      .select({ slug: templateForms.slug, publishedAt: templateForms.publishedAt })
      .from(templateForms)
      .where(
        and(
          eq(templateForms.accountId, accountId),
          eq(templateForms.templateId, session.templateId),
        ),
      );
    await expireSession(deps, {
      accountId,
      sessionId,
      reason: 'abandoned',
      ...(form?.publishedAt && { formUrl: formPageUrl(deps.config.publicUrl, form.slug) }),
    });
  };
}
