import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  SigningOrder,
  TemplateField,
  TemplateRole,
  TemplateStatus,
  RoutingRule,
} from '@signport/core';
import type { PdfRect } from '../../pdf/types.js';
import { accounts } from './accounts.js';
import { users } from './users.js';

/** One rendered page of a template's PDF, as stored. */
export interface StoredPage {
  number: number;
  /** Displayed size in PDF points (rotation applied). */
  width: number;
  height: number;
  rotation: number;
  /** Unrotated size in points: the space PDF rectangles are measured in. */
  pdfWidth: number;
  pdfHeight: number;
  imageBlobId: string;
  imageSha256: string;
  text: string;
}

/** Where an AcroForm field's widgets sit in the PDF, kept to draw its value on every one of them. */
export interface StoredWidget {
  page: number;
  rect: PdfRect;
  /** The choice a radio button stands for. */
  option?: string;
}

export const templates = sqliteTable(
  'templates',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The sender the template belongs to. */
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id),
    /** Who created it, possibly on the owner's behalf. */
    createdById: text('created_by_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    description: text('description'),
    roles: text('roles', { mode: 'json' }).$type<TemplateRole[]>().notNull(),
    signingOrder: text('signing_order').$type<SigningOrder>().notNull(),
    saveIncomplete: integer('save_incomplete', { mode: 'boolean' }).notNull(),
    routing: text('routing', { mode: 'json' }).$type<Record<string, RoutingRule>>().notNull(),
    fields: text('fields', { mode: 'json' }).$type<TemplateField[]>().notNull(),
    widgets: text('widgets', { mode: 'json' }).$type<Record<string, StoredWidget[]>>().notNull(),
    pdfBlobId: text('pdf_blob_id').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    /** Pages not rendered yet have an empty `imageBlobId`. */
    pages: text('pages', { mode: 'json' }).$type<StoredPage[]>().notNull(),
    /** `processing` while a background job renders its pages. */
    status: text('status').$type<TemplateStatus>().notNull().default('ready'),
    /** Why rendering was refused, when `status` is `failed`. */
    processingError: text('processing_error', { mode: 'json' }).$type<{
      code: string;
      message: string;
    }>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** Deleted templates stay for the sessions started from them. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('templates_account_owner_idx').on(table.accountId, table.ownerId)],
);
