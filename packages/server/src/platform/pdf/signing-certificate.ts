import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface SigningCertificateSubject {
  commonName: string;
  organization: string;
}

export interface SigningCertificate {
  /** PKCS#12 bundle with the private key and the certificate; persist it with the passphrase. */
  p12: Uint8Array;
  passphrase: string;
  certificatePem: string;
  /** SHA-256 of the certificate's DER encoding, lowercase hex: what `verifySealedPdf` checks. */
  fingerprintSha256: string;
}

const VALIDITY_YEARS = 10;

/**
 * Creates the self-signed certificate that seals completed documents when no certificate is
 * configured: RSA 2048, SHA-256, valid for ten years, usable for signatures and non-repudiation.
 *
 * @example
 * const { p12, passphrase } = createSelfSignedCertificate({ commonName: 'Signport', organization: 'Acme Realty' });
 */
export function createSelfSignedCertificate({
  commonName,
  organization,
}: SigningCertificateSubject): SigningCertificate {
  // Node's native key generation takes milliseconds; forge's pure-JS one takes seconds.
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKey = forge.pki.privateKeyFromPem(
    pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const publicKey = forge.pki.publicKeyFromPem(
    pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );

  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  // A positive serial: the leading nibble stays below 8 so DER does not read it as negative.
  certificate.serialNumber = `0${randomBytes(16).toString('hex').slice(1)}`;
  const now = new Date();
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(now);
  certificate.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALIDITY_YEARS);
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: organization },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());

  const passphrase = randomBytes(24).toString('base64url');
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], passphrase, {
    algorithm: 'aes256',
    friendlyName: commonName,
  });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary');
  const certificateDer = Buffer.from(
    forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(),
    'binary',
  );
  return {
    p12: new Uint8Array(p12),
    passphrase,
    certificatePem: forge.pki.certificateToPem(certificate),
    fingerprintSha256: createHash('sha256').update(certificateDer).digest('hex'),
  };
}
