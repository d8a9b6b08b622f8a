import { and, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { CreatePropertyRequest, Property } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database, DbExecutor } from '../../platform/db/open-database.js';
import { clientProperties, clients, properties } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { describeProperties } from './describe-properties.js';
import { clientsVisibleTo } from './find-client-for-caller.js';

/**
 * Adds a property to the account, linked to its owners (`ownerIds`, or later the client's
 * `propertyIds`). An agent sees a property through their clients, so they name at least one.
 */
export async function createProperty(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  input: z.output<typeof CreatePropertyRequest>,
): Promise<Property> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const ownerIds = await visibleOwners(tx, caller, input.ownerIds ?? []);
    const [row] = await tx
      .insert(properties)
      .values({
        id: newId('prp'),
        accountId: caller.accountId,
        address: input.address,
        reference: input.reference ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('The property insert returned no row.');
    if (ownerIds.length > 0) {
      await tx.insert(clientProperties).values(
        ownerIds.map((clientId) => ({
          accountId: caller.accountId,
          clientId,
          propertyId: row.id,
        })),
      );
    }
    const [property] = await describeProperties(tx, caller, [row]);
    if (!property) throw new Error('The new property could not be described.');
    return property;
  });
}

/** The owners named, each a client the caller may see; an agent must name one. */
async function visibleOwners(
  tx: DbExecutor,
  caller: Caller,
  requested: string[],
): Promise<string[]> {
  const unique = [...new Set(requested)];
  if (unique.length === 0) {
    if (!caller.userId) return [];
    throw new ApiError(
      'validation_failed',
      'Name at least one of your clients as owner: an agent sees a property through its clients.',
      { field: 'ownerIds' },
    );
  }
  const found = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(await clientsVisibleTo(tx, caller), inArray(clients.id, unique)));
  const missing = unique.find((id) => !found.some((row) => row.id === id));
  if (missing !== undefined) {
    throw new ApiError('validation_failed', `No client ${missing} of yours.`, {
      field: 'ownerIds',
    });
  }
  return unique;
}
