import { X509Certificate, createHash, verify } from 'node:crypto';
import forge from 'node-forge';
import { PKCS_OIDS } from './pkcs-oids.js';
import { readSealingKey } from './read-sealing-key.js';
import type { SealingKey } from './types.js';

export type SealVerificationFailure =
  /** No PDF signature found. */
  | 'not_sealed'
  /** The signed byte ranges do not cover the whole file: something was added or removed. */
  | 'incomplete_coverage'
  /** The signature container is not one this server writes. */
  | 'malformed'
  /** The signed bytes were changed after sealing. */
  | 'digest_mismatch'
  /** The signature does not match the signed attributes and certificate. */
  | 'bad_signature'
  /** Sealed, but not with our certificate. */
  | 'unknown_signer';

export type SealVerification =
  | { valid: true; signedBy: string; signedAt?: Date }
  | { valid: false; reason: SealVerificationFailure };

export type TrustedSealer = { fingerprintSha256: string } | SealingKey;

const { Class, Type } = forge.asn1;
const BYTE_RANGE = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/;

/**
 * Says whether `bytes` is a PDF this server sealed and that has not changed by a single byte since:
 * the last signature must cover the whole file but its own /Contents hole, the hole must hold
 * exactly the signature as we write it (lowercase hex, zero padding), the SHA-256 of the covered
 * bytes must match the signed digest, and the signature must verify with our certificate.
 *
 * @example
 * const result = verifySealedPdf(upload, { fingerprintSha256 });
 * if (!result.valid) console.log(result.reason);
 */
export function verifySealedPdf(bytes: Uint8Array, trusted: TrustedSealer): SealVerification {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = pdf.lastIndexOf('/ByteRange', undefined, 'latin1');
  if (at < 0) return failure('not_sealed');
  const match = BYTE_RANGE.exec(pdf.toString('latin1', at, at + 120));
  if (!match) return failure('malformed');
  const [start, holeStart, holeEnd, tailLength] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (start !== 0 || holeStart >= holeEnd || holeEnd + tailLength !== pdf.byteLength) {
    return failure('incomplete_coverage');
  }
  if (pdf[holeStart] !== 0x3c || pdf[holeEnd - 1] !== 0x3e) return failure('malformed');

  const der = canonicalSignature(pdf.toString('latin1', holeStart + 1, holeEnd - 1));
  if (!der) return failure('malformed');
  const parsed = parseSignedData(der);
  if (!parsed) return failure('malformed');

  const expected = expectedFingerprint(trusted);
  const certificate = parsed.certificates.find(
    (cert) => createHash('sha256').update(cert.raw).digest('hex') === expected,
  );
  if (!certificate || withoutLeadingZeros(certificate.serialNumber) !== parsed.serialHex) {
    return failure('unknown_signer');
  }

  const digest = createHash('sha256')
    .update(pdf.subarray(0, holeStart))
    .update(pdf.subarray(holeEnd))
    .digest();
  if (!digest.equals(parsed.messageDigest)) return failure('digest_mismatch');
  if (!verify('sha256', parsed.signedAttributes, certificate.publicKey, parsed.signature)) {
    return failure('bad_signature');
  }
  const signedBy = certificate.subject.match(/^CN=(.*)$/m)?.[1] ?? certificate.subject;
  return { valid: true, signedBy, ...(parsed.signedAt && { signedAt: parsed.signedAt }) };
}

function failure(reason: SealVerificationFailure): SealVerification {
  return { valid: false, reason };
}

function expectedFingerprint(trusted: TrustedSealer): string {
  const fingerprint =
    'fingerprintSha256' in trusted
      ? trusted.fingerprintSha256
      : readSealingKey(trusted).fingerprintSha256;
  return fingerprint.replace(/:/g, '').toLowerCase();
}

/**
 * The DER signature inside the hole, or undefined unless the hole is exactly what we write: one
 * DER SEQUENCE in lowercase hex followed only by "0" padding. Any other byte there is a change.
 */
function canonicalSignature(hex: string): Buffer | undefined {
  if (!/^[0-9a-f]*$/.test(hex) || hex.length % 2 !== 0) return undefined;
  const bytes = Buffer.from(hex, 'hex');
  if (bytes[0] !== 0x30 || bytes.length < 2) return undefined;
  const first = bytes[1] as number;
  let headerLength = 2;
  let contentLength = first;
  if (first & 0x80) {
    const lengthBytes = first & 0x7f;
    if (lengthBytes === 0 || lengthBytes > 4 || bytes.length < 2 + lengthBytes) return undefined;
    headerLength += lengthBytes;
    contentLength = bytes.readUIntBE(2, lengthBytes);
  }
  const length = headerLength + contentLength;
  if (length > bytes.length) return undefined;
  if (bytes.subarray(length).some((byte) => byte !== 0)) return undefined;
  return bytes.subarray(0, length);
}

interface SignedData {
  certificates: X509Certificate[];
  serialHex: string;
  /** The authenticated attributes re-tagged as a SET, which is what the signature covers. */
  signedAttributes: Buffer;
  messageDigest: Buffer;
  signature: Buffer;
  signedAt?: Date;
}

/** Reads the one-signer, SHA-256, detached PKCS#7 SignedData that our sealing writes. */
function parseSignedData(der: Buffer): SignedData | undefined {
  try {
    const root = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), true);
    const [contentType, explicit] = children(root);
    if (!contentType || oid(contentType) !== PKCS_OIDS.signedData || !explicit) return undefined;
    const signedData = children(explicit)[0];
    if (!signedData) return undefined;
    const parts = children(signedData);
    const certificatesNode = parts.find(
      (p) => p.tagClass === Class.CONTEXT_SPECIFIC && p.type === 0,
    );
    const signerInfos = parts.at(-1);
    if (!certificatesNode || !signerInfos || signerInfos.type !== Type.SET) return undefined;
    const signers = children(signerInfos);
    if (signers.length !== 1) return undefined;
    const signer = children(signers[0] as forge.asn1.Asn1);
    const serial = children(signer[1] as forge.asn1.Asn1)[1];
    const digestAlgorithm = children(signer[2] as forge.asn1.Asn1)[0];
    const attributes = signer.find((p) => p.tagClass === Class.CONTEXT_SPECIFIC && p.type === 0);
    const signature = signer.find(
      (p) => p.tagClass === Class.UNIVERSAL && p.type === Type.OCTETSTRING,
    );
    if (!serial || !digestAlgorithm || oid(digestAlgorithm) !== PKCS_OIDS.sha256) return undefined;
    if (!attributes || !signature) return undefined;

    const values = new Map<string, forge.asn1.Asn1>();
    for (const attribute of children(attributes)) {
      const [type, set] = children(attribute);
      const value = set && children(set)[0];
      if (type && value) values.set(oid(type), value);
    }
    const messageDigest = values.get(PKCS_OIDS.messageDigest);
    const declaredType = values.get(PKCS_OIDS.contentType);
    if (!messageDigest || !declaredType || oid(declaredType) !== PKCS_OIDS.data) return undefined;
    const signingTime = values.get(PKCS_OIDS.signingTime);

    const signedAttributes = binary(forge.asn1.toDer(attributes).getBytes());
    signedAttributes[0] = 0x31; // [0] IMPLICIT → SET OF, per RFC 2315 §9.3
    return {
      certificates: children(certificatesNode).map(
        (cert) => new X509Certificate(binary(forge.asn1.toDer(cert).getBytes())),
      ),
      serialHex: withoutLeadingZeros(forge.util.bytesToHex(serial.value as string)),
      signedAttributes,
      messageDigest: binary(messageDigest.value as string),
      signature: binary(signature.value as string),
      ...(signingTime && { signedAt: readTime(signingTime) }),
    };
  } catch {
    return undefined;
  }
}

function readTime(node: forge.asn1.Asn1): Date {
  return node.type === Type.GENERALIZEDTIME
    ? forge.asn1.generalizedTimeToDate(node.value as string)
    : forge.asn1.utcTimeToDate(node.value as string);
}

function withoutLeadingZeros(hex: string): string {
  return hex.toLowerCase().replace(/^0+(?=.)/, '');
}

function children(node: forge.asn1.Asn1): forge.asn1.Asn1[] {
  return Array.isArray(node.value) ? node.value : [];
}

function oid(node: forge.asn1.Asn1): string {
  return forge.asn1.derToOid(node.value as string);
}

function binary(bytes: string): Buffer {
  return Buffer.from(bytes, 'binary');
}
