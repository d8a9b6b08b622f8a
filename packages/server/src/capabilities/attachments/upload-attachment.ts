import { createHash } from 'node:crypto';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import { and, eq } from 'drizzle-orm';
import type { Attachment } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionAttachments } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { PartyPrincipal } from '../party/party-principal.js';
import { checkPartyValues } from '../party/check-party-values.js';
import { loadPartySession } from '../party/load-party-session.js';
import { markActivity } from '../party/mark-activity.js';
import { storePartyValues } from '../party/store-party-values.js';
import { accessSession } from '../sessions/access-session.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ATTACHMENT_TYPES_TEXT, sniffAttachmentType } from './sniff-attachment-type.js';
import { toAttachment } from './to-attachment.js';

export interface UploadAttachmentInput {
  fieldId: string;
  filename: string;
  bytes: Uint8Array;
}

const FILENAME_MAX_LENGTH = 200;

/**
 * A party attaches a file to one of their attachment fields: the same refusals as saving a value
 * (another role's field, a locked one, a session no longer being filled), then the type proven by
 * the file's bytes. The file is stored, the field's value becomes its id, and the trail records it.
 * Uploading again replaces the file; the same file again (a retry) changes nothing.
 */
export async function uploadAttachment(
  deps: { db: Database; clock: Clock; blobStoreFor: BlobStoreFor },
  principal: PartyPrincipal,
  input: UploadAttachmentInput,
  request: RequestOrigin,
): Promise<Attachment> {
  const filename = cleanFilename(input.filename, input.fieldId);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const { session, parties } = await loadPartySession(tx, principal);
    const [existing] = await tx
      .select()
      .from(sessionAttachments)
      .where(
        and(
          eq(sessionAttachments.sessionId, session.id),
          eq(sessionAttachments.fieldId, input.fieldId),
          eq(sessionAttachments.accountId, principal.accountId),
        ),
      );
    const id = existing?.id ?? newId('att');
    const [checked] = checkPartyValues(
      session.template.fields,
      accessSession(session, parties),
      principal.partyId,
      { [input.fieldId]: id },
    );
    const field = session.template.fields.find((candidate) => candidate.id === input.fieldId);
    if (!checked || field?.type !== 'attachment') {
      throw new ApiError('validation_failed', 'This field does not take a file.', {
        field: input.fieldId,
      });
    }
    const contentType = sniffAttachmentType(input.bytes);
    if (!contentType) {
      throw new ApiError(
        'unsupported_media_type',
        `This file type is not accepted: attach ${ATTACHMENT_TYPES_TEXT}.`,
        { field: input.fieldId },
      );
    }

    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    if (
      existing?.sha256 === sha256 &&
      existing.filename === filename &&
      existing.partyId === principal.partyId
    ) {
      // A retry of the same upload: answer as before, and point the field at it if it was cleared.
      await storePartyValues(tx, { ...principal, at: existing.updatedAt }, [checked]);
      return toAttachment(existing);
    }
    const blob = await deps.blobStoreFor(tx).putBlob(principal.accountId, {
      id: existing?.blobId ?? newId('blb'),
      bytes: input.bytes,
      contentType,
    });
    const file = {
      partyId: principal.partyId,
      blobId: blob.id,
      filename,
      contentType,
      size: blob.size,
      sha256: blob.sha256,
      updatedAt: now,
    };
    const [row] = await tx
      .insert(sessionAttachments)
      .values({
        id,
        accountId: principal.accountId,
        sessionId: session.id,
        fieldId: input.fieldId,
        ...file,
        createdAt: now,
      })
      .onConflictDoUpdate({
        target: [sessionAttachments.sessionId, sessionAttachments.fieldId],
        set: file,
      })
      .returning();
    await storePartyValues(tx, { ...principal, at: now }, [checked]);
    await markActivity(tx, session, now);
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: session.id,
      type: 'attached',
      at: now,
      partyId: principal.partyId,
      request,
      details: {
        fieldId: input.fieldId,
        filename,
        contentType,
        size: blob.size,
        sha256: blob.sha256,
      },
    });
    return toAttachment(row as NonNullable<typeof row>);
  });
}

/** The name as the party's device gave it, without folders, for display only (control characters are refused). */
function cleanFilename(raw: string, fieldId: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base.trim().slice(0, FILENAME_MAX_LENGTH);
  if (!name) throw new ApiError('validation_failed', 'Give the file a name.', { field: fieldId });
  return name;
}
