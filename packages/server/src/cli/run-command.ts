import { parseArgs } from 'node:util';
import { UpdateAccountRequest } from '@signport/core';
import { addAccountOrigin } from '../capabilities/accounts/add-account-origin.js';
import { createAccount } from '../capabilities/accounts/create-account.js';
import { listAccounts } from '../capabilities/accounts/list-accounts.js';
import { removeAccountOrigin } from '../capabilities/accounts/remove-account-origin.js';
import { rotateSecretKey } from '../capabilities/accounts/rotate-secret-key.js';
import { updateAccountSettings } from '../capabilities/accounts/update-account-settings.js';
import { configuredS3Bucket } from '../platform/blobs/blob-store-factory.js';
import { copyBlobsToS3 } from '../platform/blobs/copy-blobs-to-s3.js';
import { checkS3Bucket } from '../platform/blobs/s3-bucket.js';
import type { Clock } from '../platform/clock.js';
import { ConfigError, type Config } from '../platform/config.js';
import type { Database } from '../platform/db/open-database.js';
import { UsageError } from './usage.js';

/** Runs one CLI command against the database and returns what to print as JSON. */
export async function runCommand(
  argv: string[],
  {
    db,
    clock,
    config,
  }: { db: Database; clock: Clock; config?: Pick<Config, 'blobStore'> | undefined },
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
        'portal-url': { type: 'string' },
        'delete-from-database': { type: 'boolean' },
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
      const urls = { signingUrl: values['signing-url'], portalUrl: values['portal-url'] };
      if (urls.signingUrl === undefined && urls.portalUrl === undefined)
        throw new UsageError('Give --signing-url, --portal-url or both.');
      // An empty value clears the setting: emailed links go back to the hosted page.
      const parsed = UpdateAccountRequest.safeParse({
        signingUrl: urls.signingUrl === undefined ? undefined : urls.signingUrl.trim() || null,
        portalUrl: urls.portalUrl === undefined ? undefined : urls.portalUrl.trim() || null,
      });
      if (!parsed.success) {
        const [issue] = parsed.error.issues;
        const option = issue?.path[0] === 'portalUrl' ? '--portal-url' : '--signing-url';
        throw new UsageError(`${option}: ${issue?.message ?? 'invalid'}`);
      }
      return updateAccountSettings({ db, clock }, required('account'), parsed.data);
    }
    case 'key rotate':
      return rotateSecretKey(db, required('account'), clock);
    case 'blobs copy-to-s3': {
      const bucket = config && configuredS3Bucket(config.blobStore);
      if (!bucket)
        throw new ConfigError(
          'BLOB_STORE: set it to s3://bucket (with its options) to copy blobs there.',
        );
      await checkS3Bucket(bucket);
      return copyBlobsToS3(
        { db, bucket },
        { deleteFromDatabase: values['delete-from-database'] === true },
      );
    }
    default:
      throw new UsageError(
        positionals.length ? `Unknown command "${positionals.join(' ')}".` : 'No command given.',
      );
  }
}
