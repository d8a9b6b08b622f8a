import { and, eq, exists, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientProperties, clients, properties } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import type { PropertyRow } from './describe-properties.js';
import { clientsVisibleTo } from './find-client-for-caller.js';

/**
 * The properties a caller may see and change, with their feedback: the whole account for its secret
 * key; for an agent, those owned or rented by one of the clients the agent may see, so another agent
 * of the account neither reads a property's buyers nor writes to its owners' portal.
 */
export async function propertiesVisibleTo(db: DbExecutor, caller: Caller): Promise<SQL> {
  const inAccount = eq(properties.accountId, caller.accountId);
  if (!caller.userId) return inAccount;
  const ownedByVisibleClient = db
    .select({ clientId: clientProperties.clientId })
    .from(clientProperties)
    .innerJoin(clients, eq(clients.id, clientProperties.clientId))
    .where(and(eq(clientProperties.propertyId, properties.id), await clientsVisibleTo(db, caller)));
  return and(inAccount, exists(ownedByVisibleClient)) ?? inAccount;
}

/** The property if the caller may see it; otherwise 404, as for an id that does not exist. */
export async function findProperty(
  db: DbExecutor,
  caller: Caller,
  propertyId: string,
): Promise<PropertyRow> {
  const [row] = await db
    .select()
    .from(properties)
    .where(and(eq(properties.id, propertyId), await propertiesVisibleTo(db, caller)));
  if (!row) throw new ApiError('not_found', 'No property with this id.', { field: 'id' });
  return row;
}
