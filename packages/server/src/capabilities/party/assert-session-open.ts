import { and, eq } from 'drizzle-orm';
import { isFirstRole, isTerminalState } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import {
  sessionParties,
  signingSessions,
  templateForms,
  templates,
} from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { formUnpublished } from '../forms/find-form-by-slug.js';
import type { LinkedSessionState } from './find-party-link.js';

/**
 * Refuses a party whose session (its state as read with the link) cannot be worked on any more:
 * 410 `session_expired` once its `expiresAt` passed (before the expiry job even ran); for a
 * web-form draft not yet finished, 410 `form_unpublished` when the form was taken offline and 409
 * `form_changed` when its template changed since the draft began.
 */
export async function assertSessionOpen(
  db: DbExecutor,
  link: { accountId: string; partyId: string; session: LinkedSessionState },
  now: Date,
): Promise<void> {
  const { session } = link;
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
      templateId: signingSessions.templateId,
      startedAt: signingSessions.createdAt,
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
        eq(templateForms.templateId, party.templateId),
        eq(templateForms.accountId, link.accountId),
      ),
    );
  if (!form?.publishedAt) throw formUnpublished();
  if (form.templateUpdatedAt > party.startedAt) {
    throw new ApiError(
      'form_changed',
      'This form has changed since you started it. Start it again to fill in the current version.',
    );
  }
}
