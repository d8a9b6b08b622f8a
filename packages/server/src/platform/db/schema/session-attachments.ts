import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { blobs } from './blobs.js';
import { sessionParties, signingSessions } from './signing-sessions.js';

/**
 * The file uploaded to an attachment field of a session, one per field: uploading again replaces
 * it. The field's value is this row's id; the bytes live in the blob store.
 */
export const sessionAttachments = sqliteTable(
  'session_attachments',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => signingSessions.id, { onDelete: 'cascade' }),
    fieldId: text('field_id').notNull(),
    /** Who uploaded the current file. */
    partyId: text('party_id')
      .notNull()
      .references(() => sessionParties.id, { onDelete: 'cascade' }),
    blobId: text('blob_id')
      .notNull()
      .references(() => blobs.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('session_attachments_field_idx').on(table.sessionId, table.fieldId),
    index('session_attachments_account_idx').on(table.accountId),
  ],
);
