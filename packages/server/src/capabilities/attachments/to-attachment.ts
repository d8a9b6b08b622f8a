import type { Attachment } from '@signport/core';
import type { sessionAttachments } from '../../platform/db/schema/index.js';

export type AttachmentRow = typeof sessionAttachments.$inferSelect;

/** An attachment as the API shows it. */
export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fieldId: row.fieldId,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.updatedAt.toISOString(),
  };
}
