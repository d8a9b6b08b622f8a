import type { z } from 'zod';
import type { CreatePropertyRequest, Property } from '@signport/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { properties } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { Caller } from '../middleware/user-or-secret-key-auth.js';
import { describeProperties } from './describe-properties.js';

/** Adds a property to the account; owners are linked from the client side (`propertyIds`). */
export async function createProperty(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  input: z.output<typeof CreatePropertyRequest>,
): Promise<Property> {
  const now = deps.clock();
  const [row] = await deps.db
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
  const [property] = await describeProperties(deps.db, caller, [row]);
  if (!property) throw new Error('The new property could not be described.');
  return property;
}
