import { parseArgs } from 'node:util';
import { UpdateAccountRequest } from '@signport/core';
import { addAccountOrigin } from '../accounts/add-account-origin.js';
import { createAccount } from '../accounts/create-account.js';
import { listAccounts } from '../accounts/list-accounts.js';
import { removeAccountOrigin } from '../accounts/remove-account-origin.js';
import { rotateSecretKey } from '../accounts/rotate-secret-key.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { setSigningUrl } from '../party/set-signing-url.js';
import { UsageError } from './usage.js';

/** Runs one CLI command against the database and returns what to print as JSON. */
export async function runCommand(
  argv: string[],
  { db, clock }: { db: Database; clock: Clock },
): Promise<unknown> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        origin: { type: 'string', multiple: true },
        account: { type: 'string' },
        'signing-url': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const required = (option: 'name' | 'account'): string => {
    const value = values[option]?.trim();
    if (!value) throw new UsageError(`--${option} is required.`);
    return value;
  };
  const oneOrigin = (): string => {
    const origins = values.origin ?? [];
    if (origins.length !== 1) throw new UsageError('Give exactly one --origin.');
    return origins[0] as string;
  };

  switch (positionals.join(' ')) {
    case 'account create':
      return createAccount(db, { name: required('name'), origins: values.origin ?? [] }, clock);
    case 'account list':
      return { accounts: await listAccounts(db) };
    case 'account origins add': {
      const accountId = required('account');
      return { accountId, origins: await addAccountOrigin(db, accountId, oneOrigin(), clock) };
    }
    case 'account origins remove': {
      const accountId = required('account');
      return { accountId, origins: await removeAccountOrigin(db, accountId, oneOrigin()) };
    }
    case 'account set': {
      const signingUrl = values['signing-url'];
      if (signingUrl === undefined) throw new UsageError('--signing-url is required.');
      const parsed = UpdateAccountRequest.safeParse({ signingUrl: signingUrl.trim() || null });
      if (!parsed.success) {
        throw new UsageError(`--signing-url: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      }
      return setSigningUrl({ db, clock }, required('account'), parsed.data.signingUrl ?? null);
    }
    case 'key rotate':
      return rotateSecretKey(db, required('account'), clock);
    default:
      throw new UsageError(
        positionals.length ? `Unknown command "${positionals.join(' ')}".` : 'No command given.',
      );
  }
}
