import type { PortalMessage } from '@signport/core';
import type { clientMessages } from '../../platform/db/schema/index.js';

export function toPortalMessage(row: typeof clientMessages.$inferSelect): PortalMessage {
  return {
    id: row.id,
    from: row.from,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
