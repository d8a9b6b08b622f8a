import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ListWebhookDeliveriesQuery,
  WebhookDelivery,
  WebhookDeliveryList,
} from '@signport/core';
import type { Database, DbExecutor } from '../../platform/db/open-database.js';
import {
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEvents,
} from '../../platform/db/schema/index.js';
import { afterCursor, encodeCursor } from '../../platform/http/page-cursor.js';
import { findWebhook } from './find-webhook.js';
import { toDeliveryResponse } from './to-delivery-response.js';

/** The endpoint's delivery log, newest first, each delivery with its attempts. */
export async function listWebhookDeliveries(
  db: Database,
  accountId: string,
  endpointId: string,
  query: z.output<typeof ListWebhookDeliveriesQuery>,
): Promise<WebhookDeliveryList> {
  await findWebhook(db, accountId, endpointId);
  const rows = await db
    .select({ delivery: webhookDeliveries, eventType: webhookEvents.type })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(
      and(
        eq(webhookDeliveries.accountId, accountId),
        eq(webhookDeliveries.endpointId, endpointId),
        query.status ? eq(webhookDeliveries.status, query.status) : undefined,
        afterCursor(query.cursor, webhookDeliveries.createdAt, webhookDeliveries.id),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const items = await withAttempts(db, accountId, page);
  const last = page.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ at: last.delivery.createdAt, id: last.delivery.id })
        : null,
  };
}

async function withAttempts(
  db: DbExecutor,
  accountId: string,
  rows: { delivery: typeof webhookDeliveries.$inferSelect; eventType: string }[],
): Promise<WebhookDelivery[]> {
  if (rows.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookDeliveryAttempts)
    .where(
      and(
        eq(webhookDeliveryAttempts.accountId, accountId),
        inArray(
          webhookDeliveryAttempts.deliveryId,
          rows.map((row) => row.delivery.id),
        ),
      ),
    );
  return rows.map((row) =>
    toDeliveryResponse(
      row.delivery,
      row.eventType,
      attempts.filter((attempt) => attempt.deliveryId === row.delivery.id),
    ),
  );
}
