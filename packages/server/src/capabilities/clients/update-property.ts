import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Property, UpdatePropertyRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { properties } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { describeProperties } from './describe-properties.js';
import { findProperty } from './find-property.js';

/** Changes a property the caller may see; only the fields sent change. */
export async function updateProperty(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  propertyId: string,
  input: z.output<typeof UpdatePropertyRequest>,
): Promise<Property> {
  const current = await findProperty(deps.db, caller, propertyId);
  const [row] = await deps.db
    .update(properties)
    .set({
      address: input.address ?? current.address,
      reference: input.reference ?? current.reference,
      updatedAt: deps.clock(),
    })
    .where(and(eq(properties.id, current.id), eq(properties.accountId, caller.accountId)))
    .returning();
  if (!row) throw new Error('The property update returned no row.');
  const [property] = await describeProperties(deps.db, caller, [row]);
  if (!property) throw new Error('The property could not be described.');
  return property;
}
