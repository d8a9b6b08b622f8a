import { and, eq, inArray } from 'drizzle-orm';
import type { Property } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientProperties, clients, type properties } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { clientsVisibleTo } from './find-client-for-caller.js';

export type PropertyRow = typeof properties.$inferSelect;

/** The API's view of property rows, with the owners the caller may see. */
export async function describeProperties(
  db: DbExecutor,
  caller: Caller,
  rows: PropertyRow[],
): Promise<Property[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select({ propertyId: clientProperties.propertyId, clientId: clientProperties.clientId })
    .from(clientProperties)
    .innerJoin(clients, eq(clients.id, clientProperties.clientId))
    .where(
      and(
        await clientsVisibleTo(db, caller),
        inArray(
          clientProperties.propertyId,
          rows.map((row) => row.id),
        ),
      ),
    );
  return rows.map((row) => ({
    id: row.id,
    address: row.address,
    reference: row.reference,
    ownerIds: links
      .filter((link) => link.propertyId === row.id)
      .map((link) => link.clientId)
      .sort(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
