import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { accounts, users } from '../../platform/db/schema/index.js';

/** The answer to HELP: the account's own text, or one naming the account and the agent to contact. */
export async function smsHelpText(
  db: DbExecutor,
  { accountId, agentId }: { accountId: string; agentId: string },
): Promise<string> {
  const [row] = await db
    .select({
      account: accounts.name,
      helpText: accounts.smsHelpText,
      agent: users.name,
      email: users.email,
    })
    .from(accounts)
    .innerJoin(users, and(eq(users.accountId, accounts.id), eq(users.id, agentId)))
    .where(eq(accounts.id, accountId));
  if (!row) return 'Reply STOP to stop receiving texts.';
  return (
    row.helpText ??
    `${row.account}: texts from ${row.agent}. For help email ${row.email}. Reply STOP to opt out.`
  );
}
