import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  AuditEvent,
  FieldValue,
  Locale,
  PartyStatus,
  RoutingRule,
  SessionMessage,
  SessionMode,
  SessionState,
  SigningOrder,
  TemplateField,
  TemplateRole,
} from '@signport/core';
import { accounts } from './accounts.js';
import type { StoredPage, StoredWidget } from './templates.js';
import { users } from './users.js';

/** The template as it was when the session was created: later template edits never change a session. */
export interface TemplateSnapshot {
  roles: TemplateRole[];
  signingOrder: SigningOrder;
  saveIncomplete: boolean;
  routing: Record<string, RoutingRule>;
  fields: TemplateField[];
  widgets: Record<string, StoredWidget[]>;
  pdfBlobId: string;
  pdfSha256: string;
  pages: StoredPage[];
  /** A packet's documents in order, merged into `pdfBlobId`; absent when there is one template. */
  documents?: PacketDocument[];
}

/** One template of a packet: its pages are `firstPage` to `firstPage + pageCount - 1` of the whole. */
export interface PacketDocument {
  templateId: string;
  name: string;
  /** Of the template's own PDF, before merging. */
  pdfSha256: string;
  firstPage: number;
  pageCount: number;
}

export const signingSessions = sqliteTable(
  'signing_sessions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    templateId: text('template_id').notNull(),
    templateName: text('template_name').notNull(),
    template: text('template', { mode: 'json' }).$type<TemplateSnapshot>().notNull(),
    mode: text('mode').$type<SessionMode>().notNull(),
    status: text('status').$type<SessionState>().notNull(),
    /** On whose behalf: Reply-To and branding of every email. */
    senderId: text('sender_id')
      .notNull()
      .references(() => users.id),
    /** Who created the session. */
    initiatorId: text('initiator_id')
      .notNull()
      .references(() => users.id),
    message: text('message', { mode: 'json' }).$type<SessionMessage>(),
    lockedFieldIds: text('locked_field_ids', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
    /** The sealed PDF; set in the same transaction as `completed`. */
    finalBlobId: text('final_blob_id'),
    originalSha256: text('original_sha256'),
    finalSha256: text('final_sha256'),
  },
  (table) => [
    index('signing_sessions_account_sender_idx').on(table.accountId, table.senderId),
    // The dashboard's newest-first pages: walked in order, filtered by sender in the index itself,
    // so a page never reads (or sorts) the rows behind it, whose template snapshots are large.
    index('signing_sessions_account_created_idx').on(
      table.accountId,
      table.createdAt,
      table.id,
      table.senderId,
    ),
    index('signing_sessions_account_initiator_idx').on(table.accountId, table.initiatorId),
    index('signing_sessions_final_sha_idx').on(table.finalSha256),
  ],
);

export const sessionParties = sqliteTable(
  'session_parties',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => signingSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    role: text('role').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    userId: text('user_id').references(() => users.id),
    status: text('status').$type<PartyStatus>().notNull(),
    invitedAt: integer('invited_at', { mode: 'timestamp_ms' }),
    viewedAt: integer('viewed_at', { mode: 'timestamp_ms' }),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    declinedAt: integer('declined_at', { mode: 'timestamp_ms' }),
    declineReason: text('decline_reason'),
    /** The language of the party's emails and pages: set by the sender, else their browser's. */
    locale: text('locale').$type<Locale>(),
    consentVersion: text('consent_version'),
    consentSha256: text('consent_sha256'),
    consentedAt: integer('consented_at', { mode: 'timestamp_ms' }),
    /** Where the party signed from (or declined). */
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('session_parties_session_idx').on(table.sessionId)],
);

/** Filled values: `party_id` is the party for per-party fields (signatures), '' for a role's shared field. */
export const sessionValues = sqliteTable(
  'session_values',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => signingSessions.id, { onDelete: 'cascade' }),
    fieldId: text('field_id').notNull(),
    partyId: text('party_id').notNull(),
    value: text('value', { mode: 'json' }).$type<FieldValue>(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.fieldId, table.partyId] })],
);

/** Opaque signing links, stored as SHA-256 hashes; each opens one party of one session. */
export const partyLinks = sqliteTable(
  'party_links',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => signingSessions.id, { onDelete: 'cascade' }),
    partyId: text('party_id')
      .notNull()
      .references(() => sessionParties.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('party_links_session_idx').on(table.sessionId)],
);

/** The audit trail of a session: who did what, when and from where. */
export const sessionEvents = sqliteTable(
  'session_events',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => signingSessions.id, { onDelete: 'cascade' }),
    /** Orders events that share a millisecond. */
    sequence: integer('sequence').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    type: text('type').$type<AuditEvent['type']>().notNull(),
    partyId: text('party_id'),
    userId: text('user_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('session_events_session_idx').on(table.sessionId, table.sequence)],
);

/** Per-account signing settings, e.g. the host page emailed links open. */
export const accountSigningSettings = sqliteTable('account_signing_settings', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  signingUrl: text('signing_url'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
