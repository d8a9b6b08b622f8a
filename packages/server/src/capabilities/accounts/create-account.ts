import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { accountOrigins, accounts, apiKeys } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { generateSecretKey } from './generate-secret-key.js';
import { normalizeOrigin } from './normalize-origin.js';

export interface CreateAccountInput {
  name: string;
  origins: string[];
}

export interface CreatedAccount {
  accountId: string;
  name: string;
  origins: string[];
  /** The only time the key is ever shown. */
  secretKey: string;
}

/** Creates an account with its embedding origins and a first secret key. */
export async function createAccount(
  db: Database,
  input: CreateAccountInput,
  clock: Clock,
): Promise<CreatedAccount> {
  const name = input.name.trim();
  if (!name) throw new ApiError('validation_failed', 'An account needs a name.', { field: 'name' });
  const origins = [...new Set(input.origins.map(normalizeOrigin))];
  const accountId = newId('acc');
  const key = generateSecretKey();
  const now = clock();
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values({ id: accountId, name, createdAt: now });
    if (origins.length > 0) {
      await tx
        .insert(accountOrigins)
        .values(origins.map((origin) => ({ accountId, origin, createdAt: now })));
    }
    await tx.insert(apiKeys).values({
      id: newId('key'),
      accountId,
      keyHash: key.keyHash,
      displayPrefix: key.displayPrefix,
      createdAt: now,
    });
  });
  return { accountId, name, origins, secretKey: key.secretKey };
}
