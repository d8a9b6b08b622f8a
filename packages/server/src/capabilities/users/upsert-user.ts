import { sql } from 'drizzle-orm';
import type { UpsertUserRequest, User } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { users } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { toUserResponse } from './to-user-response.js';

/**
 * Creates or replaces (name, email, branding) the account's user known by `externalId`. Their
 * language changes only when given: hosts that sync names on every sign-in keep the one chosen.
 */
export async function upsertUser(
  deps: { db: Database; clock: Clock },
  {
    accountId,
    externalId,
    input,
  }: { accountId: string; externalId: string; input: UpsertUserRequest },
): Promise<{ user: User; created: boolean }> {
  const now = deps.clock();
  const id = newId('usr');
  const branding = input.branding ?? {};
  // One statement, so two concurrent upserts of a new user cannot both insert.
  const [row] = await deps.db
    .insert(users)
    .values({
      id,
      accountId,
      externalId,
      name: input.name,
      email: input.email,
      branding,
      locale: input.locale ?? 'en',
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [users.accountId, users.externalId],
      set: {
        name: input.name,
        email: input.email,
        branding: sql`excluded.branding`,
        ...(input.locale && { locale: input.locale }),
        updatedAt: now,
      },
    })
    .returning();
  if (!row) throw new Error('The user upsert returned no row.');
  return { user: toUserResponse(row), created: row.id === id };
}
