import { and, eq } from 'drizzle-orm';
import type { ValueEntry } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionAttachments } from '../../platform/db/schema/index.js';
import type { AttachmentRow } from './to-attachment.js';

/**
 * The files a session's attachment fields refer to now. A file whose field was cleared since is
 * left out: the values say what the parties attached.
 */
export async function listSessionAttachments(
  db: DbExecutor,
  {
    accountId,
    sessionId,
    values,
  }: { accountId: string; sessionId: string; values: readonly ValueEntry[] },
): Promise<AttachmentRow[]> {
  const rows = await db
    .select()
    .from(sessionAttachments)
    .where(
      and(eq(sessionAttachments.sessionId, sessionId), eq(sessionAttachments.accountId, accountId)),
    );
  return rows.filter((row) =>
    values.some((entry) => entry.fieldId === row.fieldId && entry.value === row.id),
  );
}
