import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { serverSettings } from '../../platform/db/schema/index.js';
import { createSelfSignedCertificate } from '../../platform/pdf/signing-certificate.js';
import { readSealingKey } from '../../platform/pdf/read-sealing-key.js';
import type { SealingKey } from '../../platform/pdf/types.js';

export interface ServerSealingKey extends SealingKey {
  /** SHA-256 of our certificate: what `/v1/verify` trusts. */
  fingerprintSha256: string;
}

const SETTING_KEY = 'sealing_certificate';

/**
 * The certificate that seals completed documents: the PKCS#12 file configured with
 * `SIGNING_P12_PATH` / `SIGNING_P12_PASSPHRASE`, or else a self-signed one created on first use and
 * kept in `server_settings`, so every instance and every restart seals (and verifies) with the same key.
 *
 * @example
 * const { p12, passphrase, fingerprintSha256 } = await loadSealingKey(db, config);
 */
export async function loadSealingKey(db: Database, config: Config): Promise<ServerSealingKey> {
  const key = config.signingP12Path
    ? {
        p12: new Uint8Array(await readFile(config.signingP12Path)),
        passphrase: config.signingP12Passphrase ?? '',
      }
    : await loadOrCreateStoredKey(db);
  return { ...key, fingerprintSha256: readSealingKey(key).fingerprintSha256 };
}

async function loadOrCreateStoredKey(db: Database): Promise<SealingKey> {
  const stored = await readStored(db);
  if (stored) return stored;
  const created = createSelfSignedCertificate({ commonName: 'Signport', organization: 'Signport' });
  // Instances starting together race to insert; the first wins and every one reads the winner.
  await db
    .insert(serverSettings)
    .values({
      key: SETTING_KEY,
      value: JSON.stringify({
        p12: Buffer.from(created.p12).toString('base64'),
        passphrase: created.passphrase,
      }),
    })
    .onConflictDoNothing();
  const winner = await readStored(db);
  if (!winner) throw new Error('The sealing certificate could not be stored.');
  return winner;
}

async function readStored(db: Database): Promise<SealingKey | undefined> {
  const [row] = await db.select().from(serverSettings).where(eq(serverSettings.key, SETTING_KEY));
  if (!row) return undefined;
  const { p12, passphrase } = JSON.parse(row.value) as { p12: string; passphrase: string };
  return { p12: new Uint8Array(Buffer.from(p12, 'base64')), passphrase };
}
