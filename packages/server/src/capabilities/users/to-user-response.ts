import type { User } from '@signport/core';
import type { users } from '../../platform/db/schema/index.js';

/** The API's view of a user row. */
export function toUserResponse(row: typeof users.$inferSelect): User {
  return {
    id: row.id,
    externalId: row.externalId,
    name: row.name,
    email: row.email,
    branding: row.branding,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
