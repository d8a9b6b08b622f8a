import { runServerCli } from './server-cli.js';
import { writeCredentials, type DemoCredentials } from './credentials.js';

export interface AllowDemoOriginOptions {
  databaseUrl: string;
  credentialsPath: string;
  demoOrigin: string;
  log: (message: string) => void;
}

/** Adds the demo's origin to the account's allowlist when the demo now runs on another port. */
export async function allowDemoOrigin(
  credentials: DemoCredentials,
  { databaseUrl, credentialsPath, demoOrigin, log }: AllowDemoOriginOptions,
): Promise<DemoCredentials> {
  if (credentials.origins.includes(demoOrigin)) return credentials;
  log(`Allowing ${demoOrigin} on the "${credentials.name}" account`);
  await runServerCli(
    ['account', 'origins', 'add', '--account', credentials.accountId, '--origin', demoOrigin],
    databaseUrl,
  );
  const updated = { ...credentials, origins: [...credentials.origins, demoOrigin] };
  await writeCredentials(credentialsPath, updated);
  return updated;
}
