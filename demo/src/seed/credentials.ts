import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * What the demo host keeps about its Signport account, as a real host keeps its secret key in
 * its own configuration. The database URL ties the file to the database the account lives in.
 */
export interface DemoCredentials {
  databaseUrl: string;
  accountId: string;
  name: string;
  origins: string[];
  secretKey: string;
  delegationsSeeded: boolean;
  /** Betty's purchase agreement template, once seeded (absent in files written before it existed). */
  purchaseAgreementTemplateId?: string;
  /** Betty's lead-based paint disclosure, sent with the agreement as a packet, once seeded. */
  leadPaintDisclosureTemplateId?: string;
  /** Alice's rental application template, published as a web form, once seeded. */
  rentalApplicationTemplateId?: string;
  /** The Shoreline Team, once seeded. */
  teamId?: string;
}

/** The stored credentials for `databaseUrl`, or undefined when that database has not been seeded. */
export async function readCredentials(
  path: string,
  databaseUrl: string,
): Promise<DemoCredentials | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const credentials = JSON.parse(text) as DemoCredentials;
  return credentials.databaseUrl === databaseUrl ? credentials : undefined;
}

export async function writeCredentials(path: string, credentials: DemoCredentials): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Owner-only: the file holds a secret key.
  await writeFile(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}
