import type { AttachmentList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { findSenderSession } from '../sessions/find-sender-session.js';
import { listSessionAttachments } from './list-session-attachments.js';
import { toAttachment } from './to-attachment.js';

/** The files attached to a session the caller may act for, in field order. */
export async function listSenderAttachments(
  db: Database,
  principal: EmbedPrincipal,
  sessionId: string,
): Promise<AttachmentList> {
  const { session, values } = await findSenderSession(db, principal, sessionId);
  const rows = await listSessionAttachments(db, {
    accountId: session.accountId,
    sessionId: session.id,
    values,
  });
  const order = session.template.fields.map((field) => field.id);
  rows.sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId));
  return { items: rows.map(toAttachment) };
}
