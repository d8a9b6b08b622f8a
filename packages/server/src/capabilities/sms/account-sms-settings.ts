import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { accounts } from '../../platform/db/schema/index.js';
import type { AccountSmsSettings } from './sms-settings-schemas.js';

export async function getAccountSmsSettings(
  db: Database,
  accountId: string,
): Promise<AccountSmsSettings> {
  const [row] = await db
    .select({ helpText: accounts.smsHelpText })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return { helpText: row?.helpText ?? null };
}

export async function updateAccountSmsSettings(
  db: Database,
  accountId: string,
  settings: AccountSmsSettings,
): Promise<AccountSmsSettings> {
  await db
    .update(accounts)
    .set({ smsHelpText: settings.helpText })
    .where(eq(accounts.id, accountId));
  return settings;
}
