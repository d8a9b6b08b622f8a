import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { serverSettings } from '../../platform/db/schema/index.js';

const SETTING_KEY = 'embed_token_secret';

/**
 * Returns the HMAC key of embed tokens: `SIGNPORT_SECRET` when set, otherwise a random key generated
 * once and kept in the database, so every instance and every restart signs with the same key.
 *
 * @example
 * const getKey = embedTokenKey(db, config.secret);
 * const key = await getKey(); // Uint8Array, loaded once
 */
export function embedTokenKey(
  db: Database,
  configuredSecret: string | undefined,
): () => Promise<Uint8Array> {
  let key: Promise<Uint8Array> | undefined;
  return () => {
    key ??= (configuredSecret ? Promise.resolve(configuredSecret) : loadOrCreateSecret(db)).then(
      (secret) => new TextEncoder().encode(secret),
    );
    return key;
  };
}

async function loadOrCreateSecret(db: Database): Promise<string> {
  // Instances starting together race to insert; the first wins and all read the winner.
  await db
    .insert(serverSettings)
    .values({ key: SETTING_KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSettings).where(eq(serverSettings.key, SETTING_KEY));
  if (!row) throw new Error('The embed token key could not be stored.');
  return row.value;
}
