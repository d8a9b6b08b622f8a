import { and, eq, sql } from 'drizzle-orm';
import { isFirstRole, isTerminalState } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import {
  sessionParties,
  signingSessions,
  templateForms,
  templates,
} from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { formUnpublished } from '../forms/find-form-by-slug.js';

const sessionState = preparedQuery((db: DbExecutor) =>
  db
    .select({
      status: signingSessions.status,
      expiresAt: signingSessions.expiresAt,
      mode: signingSessions.mode,
      templateId: signingSessions.templateId,
      createdAt: signingSessions.createdAt,
    })
    .from(signingSessions)
    .where(
      and(
        eq(signingSessions.id, sql.placeholder('sessionId')),
        eq(signingSessions.accountId, sql.placeholder('accountId')),
      ),
    )
    .prepare(),
);

/**
 * Refuses a party whose session cannot be worked on any more: 410 `session_expired` once its
 * `expiresAt` passed (before the expiry job even ran); for a web-form draft not yet finished,
 * 410 `form_unpublished` when the form was taken offline and 409 `form_changed` when its template
 * changed since the draft began.
 */
export async function assertSessionOpen(
  db: DbExecutor,
  link: { accountId: string; sessionId: string; partyId: string },
  now: Date,
): Promise<void> {
  const [session] = await sessionState(db).all(link);
  if (!session) return;
  const pastDeadline =
    session.expiresAt !== null && session.expiresAt <= now && !isTerminalState(session.status);
  if (session.status === 'expired' || pastDeadline) {
    throw new ApiError(
      'session_expired',
      'This document has expired and can no longer be signed. Contact the sender if you still need it.',
    );
  }
  if (session.mode !== 'passive' || isTerminalState(session.status)) return;
  // Only a web-form draft needs the roles from the template snapshot, which is large.
  const [party] = await db
    .select({
      role: sessionParties.role,
      status: sessionParties.status,
      template: signingSessions.template,
    })
    .from(sessionParties)
    .innerJoin(signingSessions, eq(signingSessions.id, sessionParties.sessionId))
    .where(and(eq(sessionParties.id, link.partyId), eq(sessionParties.accountId, link.accountId)));
  if (!party || party.status === 'completed' || !isFirstRole(party.template.roles, party.role))
    return;
  const [form] = await db
    .select({ publishedAt: templateForms.publishedAt, templateUpdatedAt: templates.updatedAt })
    .from(templateForms)
    .innerJoin(templates, eq(templates.id, templateForms.templateId))
    .where(
      and(
        eq(templateForms.templateId, session.templateId),
        eq(templateForms.accountId, link.accountId),
      ),
    );
  if (!form?.publishedAt) throw formUnpublished();
  if (form.templateUpdatedAt > session.createdAt) {
    throw new ApiError(
      'form_changed',
      'This form has changed since you started it. Start it again to fill in the current version.',
    );
  }
}
