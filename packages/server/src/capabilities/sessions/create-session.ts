import type { CreateSessionRequest } from '@signport/core';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import { addMyselfParty, initialValues } from '@signport/core';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, sessionValues, signingSessions } from '../../platform/db/schema/index.js';
import { resolveSenderFor } from '../delegations/resolve-sender-for.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { PdfWorkerConfig } from '../../platform/config.js';
import type { TemplateRow } from '../templates/find-template.js';
import { findSessionTemplates } from './find-session-templates.js';
import { packetSnapshot } from './packet-snapshot.js';
import type { LoadedSession } from './load-session.js';
import { loadUserRefs } from '../users/load-user-refs.js';
import { reloadSession } from './reload-session.js';
import { recordEvent } from './record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { checkLockedFieldIds, checkSenderValues } from './check-sender-values.js';
import { scheduleSessionExpiry } from './session-expiry-job.js';
import { templateSnapshot } from './template-snapshot.js';
import { sendSession, type SendSessionDeps } from './send-session.js';

type CreateSessionInput = z.output<typeof CreateSessionRequest>;

/**
 * Starts a session from a template, or a packet of several, as a draft: the template is copied into
 * it (later edits do not change it; a packet's are merged, see `packetSnapshot`), parties are added by role, prefilled values checked against their fields. With
 * `send: true` it is sent at once. The caller is the initiator; the sender is the caller unless an
 * active delegation with the `send` scope lets them act for `senderId` (403 before anything is
 * written otherwise). The template must belong to the sender or the initiator; Add Myself adds the
 * sender, never the initiator.
 *
 * @returns the new session, as created (and sent, with `send`).
 */
export async function createSession(
  deps: {
    db: Database;
    clock: Clock;
    pdfWorkers: PdfWorkerConfig;
    blobStoreFor: BlobStoreFor;
  } & Omit<SendSessionDeps, 'db'>,
  principal: EmbedPrincipal,
  input: CreateSessionInput,
  request: RequestOrigin,
): Promise<LoadedSession> {
  const { senderId, initiatorId } = await resolveSenderFor({
    db: deps.db,
    accountId: principal.accountId,
    callerId: principal.userId,
    senderId: input.senderId,
    scope: 'send',
  });
  const templates = await findSessionTemplates(deps.db, {
    accountId: principal.accountId,
    ownerIds: [senderId, initiatorId],
    input,
  });
  const packet =
    templates.length > 1 ? await packetSnapshot(deps, principal.accountId, templates) : undefined;
  const [first] = templates as [TemplateRow, ...TemplateRow[]];
  const template = packet
    ? { ...packet.snapshot, pdfBlobId: '', pdfSha256: '' }
    : templateSnapshot(first);
  const roleKeys = template.roles.map((role) => role.key);

  const parties = input.parties.map((party) => ({ ...party, userId: null as string | null }));
  if (input.addMyself) {
    const role = input.addMyselfRole ?? (roleKeys.length === 1 ? roleKeys[0] : undefined);
    if (!role || !roleKeys.includes(role)) {
      throw new ApiError('validation_failed', 'Choose the role you sign as.', {
        field: 'addMyselfRole',
      });
    }
    const sender = (await loadUserRefs(deps.db, principal.accountId, [senderId])).get(senderId);
    if (!sender) throw new ApiError('not_found', 'No such sender.', { field: 'senderId' });
    parties.push(addMyselfParty(sender, role));
  }
  parties.forEach((party, index) => {
    if (!roleKeys.includes(party.role)) {
      throw new ApiError('validation_failed', 'This template has no such role.', {
        field: `parties.${index}.role`,
      });
    }
  });

  const draft = {
    state: 'draft' as const,
    signingOrder: template.signingOrder,
    roles: template.roles,
    parties: [],
  };
  // Defaults are stored like prefilled values: what every party sees is what the sealed PDF holds.
  const values = initialValues(
    template.fields,
    checkSenderValues(template.fields, draft, input.values),
  );
  checkLockedFieldIds(template.fields, input.lockedFieldIds);
  const now = deps.clock();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= now) {
    throw new ApiError('validation_failed', 'The expiry must be in the future.', {
      field: 'expiresAt',
    });
  }

  const id = newId('ses');
  return deps.db.transaction(async (tx) => {
    let snapshot = template;
    if (packet) {
      // The merged original is stored with the session it belongs to, or not at all.
      const merged = await deps
        .blobStoreFor(tx)
        .putBlob(principal.accountId, { bytes: packet.pdf, contentType: 'application/pdf' });
      snapshot = { ...template, pdfBlobId: merged.id, pdfSha256: merged.sha256 };
    }
    await tx.insert(signingSessions).values({
      id,
      accountId: principal.accountId,
      templateId: first.id,
      templateName: input.name ?? templates.map((row) => row.name).join(' + '),
      template: snapshot,
      mode: 'active',
      status: 'draft',
      senderId,
      initiatorId,
      message: input.message ?? null,
      lockedFieldIds: [...new Set(input.lockedFieldIds)],
      createdAt: now,
      updatedAt: now,
      expiresAt,
    });
    if (parties.length > 0) {
      await tx.insert(sessionParties).values(
        parties.map((party, position) => ({
          id: newId('pty'),
          accountId: principal.accountId,
          sessionId: id,
          position,
          role: party.role,
          name: party.name,
          email: party.email,
          userId: party.userId,
          locale: party.locale ?? null,
          status: 'waiting' as const,
        })),
      );
    }
    if (values.length > 0) {
      await tx.insert(sessionValues).values(
        values.map(([fieldId, value]) => ({
          accountId: principal.accountId,
          sessionId: id,
          fieldId,
          partyId: '',
          value,
          updatedAt: now,
        })),
      );
    }
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: id,
      type: 'created',
      at: now,
      userId: initiatorId,
      request,
      details: senderId === initiatorId ? {} : { onBehalfOf: senderId },
    });
    if (expiresAt) {
      await scheduleSessionExpiry(
        { db: tx, clock: deps.clock },
        { accountId: principal.accountId, sessionId: id, runAt: expiresAt },
      );
    }
    if (input.send) return sendSession({ ...deps, db: tx }, principal, id, request);
    return reloadSession(tx, principal.accountId, id);
  });
}
