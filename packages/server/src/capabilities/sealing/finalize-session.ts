import { and, asc, eq, isNull } from 'drizzle-orm';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import { isSigningComplete } from '@signport/core';
import { listSessionAttachments } from '../attachments/list-session-attachments.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionEvents, signingSessions } from '../../platform/db/schema/index.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { finalizeInWorker } from '../../platform/pdf/finalize-in-worker.js';
import { loadEventNames } from '../sessions/load-event-names.js';
import { loadSession, type SessionRow } from '../sessions/load-session.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { recordEvent } from '../sessions/record-event.js';
import { verifyPageUrl } from '../hosted-pages/verify-page-url.js';
import { completedEmail } from '../sessions/session-emails.js';
import { buildAuditCertificate } from './build-audit-certificate.js';
import { buildPlacements } from './build-placements.js';
import { loadSealingKey } from './load-sealing-key.js';

export interface FinalizeSessionDeps {
  db: Database;
  clock: Clock;
  config: Config;
  blobStoreFor: BlobStoreFor;
}

/** Longest a finalization may run before its worker is stopped (a hostile PDF or image). */
const FINALIZE_TIMEOUT_MS = 30_000;

/** Someone else finished (or voided) the session first: this run's work is dropped. */
class AlreadyFinalized extends Error {}

/**
 * Renders, seals and stores the final document of a session every party has signed, then marks it
 * completed and queues the completed copy to every party and the sender, all in one transaction:
 * a completed session always has its PDF and hashes. Safe to run again: a session that is no
 * longer waiting for it is left alone.
 *
 * @returns the completed session when this run sealed it; undefined when there was nothing to do.
 */
export async function finalizeSession(
  deps: FinalizeSessionDeps,
  { accountId, sessionId }: { accountId: string; sessionId: string },
): Promise<SessionRow | undefined> {
  const loaded = await loadSession(deps.db, accountId, sessionId);
  if (!loaded || loaded.session.status !== 'in_progress' || loaded.session.finalBlobId) return;
  const { session, parties, values } = loaded;
  const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
  if (!isSigningComplete(plan, parties)) return undefined;

  const store = deps.blobStoreFor(deps.db);
  const original = await store.getBlob(accountId, session.template.pdfBlobId);
  if (!original) throw new Error(`The original PDF of session ${sessionId} is missing.`);
  const { sender, initiator } = await loadSessionPeople(deps.db, session);
  const events = await deps.db
    .select()
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.accountId, accountId)))
    .orderBy(asc(sessionEvents.sequence));
  const names = await loadEventNames(deps.db, loaded, events);
  // The last signature is the moment of completion, the same on every retry.
  const completedAt = new Date(
    Math.max(...parties.map((party) => party.completedAt?.getTime() ?? 0)),
  );
  const key = await loadSealingKey(deps.db, deps.config);
  const attachments = await listSessionAttachments(deps.db, { accountId, sessionId, values });
  const attachmentNames = new Map(attachments.map((file) => [file.id, file.filename]));

  const finalized = await finalizeInWorker(
    {
      original: original.bytes,
      placements: buildPlacements(session.template, parties, values, attachmentNames),
      audit: buildAuditCertificate(loaded, { sender, initiator, events, names, completedAt }),
      seal: {
        p12: key.p12,
        passphrase: key.passphrase,
        reason: 'Signed by every party',
        name: 'Signport',
        location: new URL(deps.config.publicUrl).host,
        contactInfo: sender.email,
      },
    },
    { timeoutMs: FINALIZE_TIMEOUT_MS },
  );

  try {
    return await deps.db.transaction(async (tx) => {
      const pdf = await deps.blobStoreFor(tx).putBlob(accountId, {
        bytes: finalized.pdf,
        contentType: 'application/pdf',
      });
      const now = deps.clock();
      const updated = await tx
        .update(signingSessions)
        .set({
          status: 'completed',
          completedAt,
          finalBlobId: pdf.id,
          originalSha256: finalized.originalSha256,
          finalSha256: finalized.finalSha256,
          updatedAt: now,
        })
        .where(
          and(
            eq(signingSessions.id, sessionId),
            eq(signingSessions.accountId, accountId),
            eq(signingSessions.status, 'in_progress'),
            isNull(signingSessions.finalBlobId),
          ),
        )
        .returning();
      const [completed] = updated;
      if (!completed) throw new AlreadyFinalized();
      await recordEvent(tx, {
        accountId,
        sessionId,
        type: 'completed',
        at: now,
        details: { originalSha256: finalized.originalSha256, finalSha256: finalized.finalSha256 },
      });
      const recipients = [...parties, sender, ...(initiator.id === sender.id ? [] : [initiator])];
      const seen = new Set<string>();
      for (const recipient of recipients) {
        if (seen.has(recipient.email)) continue;
        seen.add(recipient.email);
        await sendEmail(
          { db: tx, clock: deps.clock },
          completedEmail({
            recipient,
            sender,
            documentName: session.templateName,
            finalSha256: finalized.finalSha256,
            pdfBlobId: pdf.id,
            verifyUrl: verifyPageUrl(deps.config.publicUrl),
          }),
          { accountId, idempotencyKey: `completed:${sessionId}:${recipient.email}` },
        );
      }
      return completed;
    });
  } catch (error) {
    if (!(error instanceof AlreadyFinalized)) throw error;
    return undefined;
  }
}
