import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../db/open-database.js';
import { accountPortalSettings } from '../db/schema/index.js';

/**
 * Where an emailed set-password link (invitation or reset) lands: the account's own portal page
 * (`portalUrl` with `{token}`) when it set one, where `<client-portal-login>` takes the token;
 * else the server's hosted page, which sets the password and sends the client on to sign in.
 */
export async function portalLinkUrl(
  db: DbExecutor,
  { accountId, publicUrl, token }: { accountId: string; publicUrl: string; token: string },
): Promise<string> {
  const [settings] = await db
    .select({ portalUrl: accountPortalSettings.portalUrl })
    .from(accountPortalSettings)
    .where(eq(accountPortalSettings.accountId, accountId));
  const encoded = encodeURIComponent(token);
  return settings?.portalUrl
    ? settings.portalUrl.replaceAll('{token}', encoded)
    : `${publicUrl}/p/activate/${encoded}`;
}
