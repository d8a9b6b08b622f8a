import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { accountPortalSettings } from '../../platform/db/schema/index.js';

/**
 * Where an emailed set-password link (invitation or reset) lands: the account's own portal page
 * (`portalUrl` with `{token}`) when it set one, where `<client-portal-login>` takes the token;
 * else the server's hosted page, which sets the password and sends the client on to sign in.
 */
export async function portalLinkUrl(
  db: DbExecutor,
  { accountId, publicUrl, token }: { accountId: string; publicUrl: string; token: string },
): Promise<string> {
  return (
    (await ownPortalLinkUrl(db, { accountId, token })) ??
    `${publicUrl}/p/activate/${encodeURIComponent(token)}`
  );
}

/** The link on the account's own portal page, or undefined when it set none. */
export async function ownPortalLinkUrl(
  db: DbExecutor,
  { accountId, token }: { accountId: string; token: string },
): Promise<string | undefined> {
  const [settings] = await db
    .select({ portalUrl: accountPortalSettings.portalUrl })
    .from(accountPortalSettings)
    .where(eq(accountPortalSettings.accountId, accountId));
  return settings?.portalUrl?.replaceAll('{token}', encodeURIComponent(token));
}
