import { runServerCli } from './server-cli.js';
import { readCredentials, writeCredentials, type DemoCredentials } from './credentials.js';

export const demoAccountName = 'Shoreline Realty';

interface CreatedAccount {
  accountId: string;
  name: string;
  origins: string[];
  secretKey: string;
}

export interface EnsureDemoAccountOptions {
  databaseUrl: string;
  credentialsPath: string;
  demoOrigin: string;
  /** Create a new account even if credentials are stored (their key was refused). */
  recreate?: boolean;
  log: (message: string) => void;
}

/**
 * Creates the Shoreline Realty account through the admin CLI on first start, allowing the demo's
 * origin, and remembers its secret key; on later starts returns the stored credentials.
 */
export async function ensureDemoAccount(
  options: EnsureDemoAccountOptions,
): Promise<DemoCredentials> {
  const { databaseUrl, credentialsPath, demoOrigin, log } = options;
  const stored = options.recreate ? undefined : await readCredentials(credentialsPath, databaseUrl);
  if (stored) return stored;

  log(`Creating the "${demoAccountName}" account allowing ${demoOrigin}`);
  const created = await runServerCli<CreatedAccount>(
    ['account', 'create', '--name', demoAccountName, '--origin', demoOrigin],
    databaseUrl,
  );
  const credentials: DemoCredentials = { databaseUrl, ...created, delegationsSeeded: false };
  await writeCredentials(credentialsPath, credentials);
  return credentials;
}
