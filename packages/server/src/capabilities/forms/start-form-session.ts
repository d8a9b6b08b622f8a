import { randomBytes } from 'node:crypto';
import { initialValues, type FormSessionStarted } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { mintPartyLink } from '../party/mint-party-link.js';
import { storePartyValues } from '../party/store-party-values.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { templateSnapshot } from '../sessions/template-snapshot.js';
import { findFormBySlug, formUnpublished } from './find-form-by-slug.js';
import { scheduleFormDraftExpiry } from './form-draft-expiry-job.js';

export interface StartFormSessionDeps {
  db: Database;
  clock: Clock;
  partyLinkTtlDays: number;
  formDraftTtlDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Starts a passive session from a published form: whoever opened it becomes the party of the first
 * role, still unnamed (they give a name and email when they save or sign), and gets a party token
 * like an emailed link's. The template's owner is the sender. A filled honeypot gets an answer that
 * looks the same but creates nothing, so a robot learns nothing from it.
 */
export async function startFormSession(
  deps: StartFormSessionDeps,
  input: { slug: string; honeypot: string | undefined; request: RequestOrigin },
): Promise<FormSessionStarted> {
  const { form, template } = await findFormBySlug(deps.db, input.slug);
  if (!form.publishedAt) throw formUnpublished();
  const now = deps.clock();
  if (input.honeypot) {
    return {
      token: randomBytes(32).toString('base64url'),
      expiresAt: new Date(now.getTime() + deps.partyLinkTtlDays * DAY_MS).toISOString(),
    };
  }
  const firstRole = [...template.roles].sort((a, b) => a.order - b.order)[0];
  if (!firstRole) throw new Error(`Template ${template.id} has no roles.`);
  const sessionId = newId('ses');
  const partyId = newId('pty');
  return deps.db.transaction(async (tx) => {
    await tx.insert(signingSessions).values({
      id: sessionId,
      accountId: template.accountId,
      templateId: template.id,
      templateName: template.name,
      template: templateSnapshot(template),
      mode: 'passive',
      status: 'sent',
      senderId: template.ownerId,
      initiatorId: template.ownerId,
      message: null,
      lockedFieldIds: [],
      createdAt: now,
      updatedAt: now,
      sentAt: now,
    });
    await tx.insert(sessionParties).values({
      id: partyId,
      accountId: template.accountId,
      sessionId,
      position: 0,
      role: firstRole.key,
      name: '',
      email: '',
      status: 'invited',
      invitedAt: now,
    });
    await storePartyValues(
      tx,
      { accountId: template.accountId, sessionId, at: now },
      initialValues(template.fields).map(([fieldId, value]) => ({ fieldId, partyId: '', value })),
    );
    await recordEvent(tx, {
      accountId: template.accountId,
      sessionId,
      type: 'created',
      at: now,
      partyId,
      request: input.request,
      details: { form: form.slug },
    });
    await scheduleFormDraftExpiry(
      { db: tx, clock: deps.clock },
      {
        accountId: template.accountId,
        sessionId,
        runAt: new Date(now.getTime() + deps.formDraftTtlDays * DAY_MS),
      },
    );
    const link = await mintPartyLink(
      { db: tx, clock: deps.clock },
      { accountId: template.accountId, sessionId, partyId, ttlDays: deps.partyLinkTtlDays },
    );
    return { token: link.token, expiresAt: link.expiresAt.toISOString() };
  });
}
