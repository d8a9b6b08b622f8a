import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ClientStatus, Locale } from '@signport/core';
import { accounts } from './accounts.js';
import { users } from './users.js';

export const clientTypes = ['buyer', 'seller', 'owner', 'landlord', 'tenant'] as const;
export const clientStatusValues = ['active', 'inactive'] as const satisfies readonly ClientStatus[];

/** A contact of an agent: buyer, seller, owner, landlord or tenant. */
export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    type: text('type', { enum: clientTypes }).notNull(),
    status: text('status', { enum: clientStatusValues }).notNull(),
    assignedAgentId: text('assigned_agent_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    /** The language of their portal emails and pages: set by the agent or seen at first portal use. */
    locale: text('locale').$type<Locale>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('clients_account_idx').on(table.accountId, table.createdAt),
    index('clients_agent_idx').on(table.accountId, table.assignedAgentId),
  ],
);

/** A property of the account; its owners and tenants are linked through `client_properties`. */
export const properties = sqliteTable(
  'properties',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    reference: text('reference'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('properties_account_idx').on(table.accountId, table.createdAt)],
);

export const clientProperties = sqliteTable(
  'client_properties',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.clientId, table.propertyId] }),
    index('client_properties_property_idx').on(table.propertyId),
  ],
);

export const clientEventCategories = ['communication', 'activity'] as const;
export const entrySources = ['host', 'agent', 'signport'] as const;

/** The client's communication log and activity feed, one timeline told apart by `category`. */
export const clientEvents = sqliteTable(
  'client_events',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    category: text('category', { enum: clientEventCategories }).notNull(),
    kind: text('kind').notNull(),
    summary: text('summary').notNull(),
    body: text('body'),
    source: text('source', { enum: entrySources }).notNull(),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('client_events_client_idx').on(table.clientId, table.occurredAt)],
);

export const messageAuthors = ['client', 'agent'] as const;

/** Messages between a client (from the portal) and their agent; `readAt` is set by the recipient. */
export const clientMessages = sqliteTable(
  'client_messages',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    from: text('from', { enum: messageAuthors }).notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('client_messages_client_idx').on(table.clientId, table.createdAt)],
);

export const clientDocumentKinds = ['file', 'signing'] as const;

/** The client's filing cabinet; only `accessible` documents reach the portal. */
export const clientDocuments = sqliteTable(
  'client_documents',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    kind: text('kind', { enum: clientDocumentKinds }).notNull(),
    /** The signing session a completed document came from. */
    sourceId: text('source_id'),
    accessible: integer('accessible', { mode: 'boolean' }).notNull(),
    /** The bytes, in the blob store. */
    blobId: text('blob_id').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('client_documents_client_idx').on(table.clientId, table.createdAt)],
);

/** Feedback from a showing of a property, with the prospective buyer's full name as entered. */
export const propertyFeedback = sqliteTable(
  'property_feedback',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    propertyId: text('property_id')
      .notNull()
      .references(() => properties.id, { onDelete: 'cascade' }),
    buyerName: text('buyer_name').notNull(),
    comments: text('comments').notNull(),
    rating: integer('rating'),
    showingAt: integer('showing_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('property_feedback_property_idx').on(table.propertyId, table.showingAt)],
);
