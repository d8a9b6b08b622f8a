import { and, eq } from 'drizzle-orm';
import type { Me } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { accounts, users } from '../../platform/db/schema/index.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { toUserResponse } from './to-user-response.js';

/** The embed token's user and their account. */
export async function getMe(db: Database, { accountId, userId }: EmbedPrincipal): Promise<Me> {
  const [row] = await db
    .select({ user: users, account: { id: accounts.id, name: accounts.name } })
    .from(users)
    .innerJoin(accounts, eq(accounts.id, users.accountId))
    .where(and(eq(users.id, userId), eq(users.accountId, accountId)));
  if (!row) throw new ApiError('unauthorized', 'The embed token is not valid.');
  return { user: toUserResponse(row.user), account: row.account };
}
