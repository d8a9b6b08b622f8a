import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { BuyerNameDisplay, PortalSection } from '@signport/core';
import { accounts } from './accounts.js';
import { clients } from './clients.js';

/**
 * A client's portal login; one login can serve several client records (one person, several
 * properties). `sessionVersion` is bumped to end every session of the login at once.
 */
export const portalLogins = sqliteTable(
  'portal_logins',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** Lower-cased, unique per account. */
    username: text('username').notNull(),
    /** Where activation, reset and notice emails go. */
    email: text('email'),
    passwordHash: text('password_hash'),
    sessionVersion: integer('session_version').notNull().default(0),
    invitedAt: integer('invited_at', { mode: 'timestamp_ms' }),
    activatedAt: integer('activated_at', { mode: 'timestamp_ms' }),
    passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('portal_logins_account_username_idx').on(table.accountId, table.username),
  ],
);

/** What one client record shows through its login: the grants and how buyer names appear. */
export const clientPortalAccess = sqliteTable(
  'client_portal_access',
  {
    clientId: text('client_id')
      .primaryKey()
      .references(() => clients.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    loginId: text('login_id')
      .notNull()
      .references(() => portalLogins.id, { onDelete: 'cascade' }),
    grants: text('grants', { mode: 'json' }).$type<PortalSection[]>().notNull(),
    buyerNameDisplay: text('buyer_name_display').$type<BuyerNameDisplay>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('client_portal_access_login_idx').on(table.loginId)],
);

export const portalLinkPurposes = ['invite', 'reset', 'signin'] as const;

/** Single-use emailed links (activation, reset, sign-in), stored only as SHA-256 hashes. */
export const portalLinkTokens = sqliteTable(
  'portal_link_tokens',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    loginId: text('login_id')
      .notNull()
      .references(() => portalLogins.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: portalLinkPurposes }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when used, or when a newer link replaced this one. */
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('portal_link_tokens_login_idx').on(table.loginId)],
);

/**
 * One signed-in portal session: a family of rotating refresh tokens. It is valid while not revoked,
 * not expired, and `loginVersion` still equals the login's `sessionVersion`.
 */
export const portalSessions = sqliteTable(
  'portal_sessions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    loginId: text('login_id')
      .notNull()
      .references(() => portalLogins.id, { onDelete: 'cascade' }),
    loginVersion: integer('login_version').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('portal_sessions_login_idx').on(table.loginId)],
);

/** Refresh tokens by SHA-256 hash; a token presented again after `rotatedAt` revokes its session. */
export const portalRefreshTokens = sqliteTable(
  'portal_refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => portalSessions.id, { onDelete: 'cascade' }),
    rotatedAt: integer('rotated_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('portal_refresh_tokens_session_idx').on(table.sessionId)],
);
