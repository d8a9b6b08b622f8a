import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../db/open-database.js';
import { properties } from '../db/schema/index.js';
import { ApiError } from '../errors/api-error.js';
import type { PropertyRow } from './describe-properties.js';

/** A property of the account, or 404. */
export async function findProperty(
  db: DbExecutor,
  accountId: string,
  propertyId: string,
): Promise<PropertyRow> {
  const [row] = await db
    .select()
    .from(properties)
    .where(and(eq(properties.id, propertyId), eq(properties.accountId, accountId)));
  if (!row) throw new ApiError(404, 'not_found', 'No property with this id.', 'id');
  return row;
}
