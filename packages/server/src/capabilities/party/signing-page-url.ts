import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { accountSigningSettings } from '../../platform/db/schema/index.js';

/**
 * Where a party token is opened: the account's own signing page (`signingUrl` with `{token}`) when
 * it set one, else the server's hosted page `/s/{token}`.
 */
export async function signingPageUrl(
  db: DbExecutor,
  { accountId, publicUrl, token }: { accountId: string; publicUrl: string; token: string },
): Promise<string> {
  const [settings] = await db
    .select({ signingUrl: accountSigningSettings.signingUrl })
    .from(accountSigningSettings)
    .where(eq(accountSigningSettings.accountId, accountId));
  const encoded = encodeURIComponent(token);
  return settings?.signingUrl
    ? settings.signingUrl.replaceAll('{token}', encoded)
    : `${publicUrl}/s/${encoded}`;
}
