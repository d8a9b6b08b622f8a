import { createHash, createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { PKCS_OIDS } from './pkcs-oids.js';
import type { SealingKey } from './types.js';

export interface SealingIdentity {
  privateKey: KeyObject;
  /** The certificate matching the private key. */
  certificate: forge.pki.Certificate;
  /** Every certificate in the bundle, the signer's included, to embed in signatures. */
  chain: forge.pki.Certificate[];
  /** SHA-256 of the signer certificate's DER encoding, lowercase hex. */
  fingerprintSha256: string;
}

const MAX_CACHED = 8;
const cache = new Map<string, SealingIdentity>();

/**
 * Opens a PKCS#12 bundle once per process: unwrapping it in pure JS costs tens of milliseconds,
 * which would otherwise be paid on every seal and every verification.
 */
export function readSealingKey({ p12, passphrase }: SealingKey): SealingIdentity {
  const cacheKey = createHash('sha256').update(p12).update('\0').update(passphrase).digest('hex');
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  const bundle = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary'))),
    false,
    passphrase,
  );
  const bags = (bagType: string): forge.pkcs12.Bag[] => bundle.getBags({ bagType })[bagType] ?? [];
  const keyBag = [...bags(PKCS_OIDS.pkcs8ShroudedKeyBag), ...bags(PKCS_OIDS.keyBag)][0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('The sealing PKCS#12 bundle holds no private key.');
  const chain = bags(PKCS_OIDS.certBag)
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => cert !== undefined);
  const certificate = chain.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
  });
  if (!certificate) throw new Error('The sealing PKCS#12 bundle has no certificate for its key.');

  const certificateDer = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  const identity: SealingIdentity = {
    privateKey: createPrivateKey(forge.pki.privateKeyToPem(key)),
    certificate,
    chain,
    fingerprintSha256: createHash('sha256').update(certificateDer, 'binary').digest('hex'),
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, identity);
  return identity;
}
