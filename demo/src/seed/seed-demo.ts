import { ApiClient, SignportApiError } from '@signport/core/client';
import { allowDemoOrigin } from './allow-demo-origin.js';
import type { DemoCredentials } from './credentials.js';
import { writeCredentials } from './credentials.js';
import { ensureDemoAccount } from './ensure-demo-account.js';
import { seedDelegations } from './seed-delegations.js';
import { seedUsers, type SeededUsers } from './seed-users.js';

export interface SeedDemoOptions {
  apiUrl: string;
  demoUrl: string;
  databaseUrl: string;
  credentialsPath: string;
  log: (message: string) => void;
}

/**
 * Brings the demo's Signport account to its seeded state: the account on first start, the users on
 * every start (idempotent PUTs that keep logo URLs on the current origin), delegations once.
 */
export async function seedDemo(options: SeedDemoOptions): Promise<DemoCredentials> {
  const { apiUrl, demoUrl, log } = options;
  const accountOptions = { ...options, demoOrigin: demoUrl };
  let credentials = await ensureDemoAccount(accountOptions);
  let hostApi = new ApiClient({ baseUrl: apiUrl, token: credentials.secretKey });

  // Upserting the users first also proves the stored key still works.
  let users: SeededUsers;
  try {
    users = await seedUsers(hostApi, demoUrl);
  } catch (error) {
    if (!(error instanceof SignportApiError && error.status === 401)) throw error;
    // The stored key belongs to a database that was reset or a key that was rotated.
    log('The stored secret key was refused; creating a fresh demo account');
    credentials = await ensureDemoAccount({ ...accountOptions, recreate: true });
    hostApi = new ApiClient({ baseUrl: apiUrl, token: credentials.secretKey });
    users = await seedUsers(hostApi, demoUrl);
  }
  credentials = await allowDemoOrigin(credentials, accountOptions);

  if (!credentials.delegationsSeeded && (await seedDelegations(hostApi, users))) {
    log('Made Betty Agent the assistant of Bernie OfficeManager and Alice Agent');
    credentials = { ...credentials, delegationsSeeded: true };
    await writeCredentials(options.credentialsPath, credentials);
  }
  return credentials;
}
