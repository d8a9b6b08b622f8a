import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { before, describe, test } from 'node:test';
import forge from 'node-forge';
import { sealPdf } from '../src/platform/pdf/seal-pdf.js';
import { createSelfSignedCertificate } from '../src/platform/pdf/signing-certificate.js';
import type { SigningCertificate } from '../src/platform/pdf/signing-certificate.js';
import { verifySealedPdf } from '../src/platform/pdf/verify-sealed-pdf.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { testSealingKey } from './fixtures/test-sealing-key.js';

const DETAILS = {
  reason: 'Signed by every party',
  name: 'Signport',
  location: 'Springfield, IL',
  contactInfo: 'support@signport.example',
};
let key: SigningCertificate;
let sealed: Uint8Array;

before(async () => {
  key = testSealingKey();
  sealed = await sealPdf(await makePurchaseAgreement(), { ...key, ...DETAILS });
});

async function pdfsig(pdf: Uint8Array): Promise<string> {
  return (await runPdfTool('pdfsig', ['{in}'], pdf)).stdout;
}

function withByteChanged(pdf: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(pdf);
  copy[at] = (copy[at] ?? 0) ^ 0x20;
  return copy;
}

function holeOf(pdf: Uint8Array): { start: number; end: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const match = /\/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]/.exec(text);
  assert.ok(match);
  return { start: Number(match[1]), end: Number(match[2]) };
}

describe('createSelfSignedCertificate', () => {
  test('RSA 2048, ten years, signing key usage, fingerprint of the certificate, usable PKCS#12', () => {
    const x509 = new X509Certificate(key.certificatePem);
    assert.match(x509.subject, /CN=Signport Test Seal/);
    assert.match(x509.subject, /O=Acme Realty/);
    assert.equal(x509.issuer, x509.subject, 'self-signed');
    assert.equal(x509.publicKey.asymmetricKeyDetails?.modulusLength, 2048);
    const years = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / (365.25 * 86_400_000);
    assert.ok(years > 9.9 && years < 10.1, `${years} years`);
    assert.equal(x509.fingerprint256.replace(/:/g, '').toLowerCase(), key.fingerprintSha256);

    const certificate = forge.pki.certificateFromPem(key.certificatePem);
    const usage = certificate.getExtension('keyUsage') as {
      digitalSignature?: boolean;
      nonRepudiation?: boolean;
    };
    assert.equal(usage.digitalSignature, true);
    assert.equal(usage.nonRepudiation, true);

    const p12 = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(Buffer.from(key.p12).toString('binary')),
      key.passphrase,
    );
    const keyBag = '1.2.840.113549.1.12.10.1.2';
    assert.equal(p12.getBags({ bagType: keyBag })[keyBag]?.length, 1);
    assert.throws(() =>
      forge.pkcs12.pkcs12FromAsn1(
        forge.asn1.fromDer(Buffer.from(key.p12).toString('binary')),
        'wrong',
      ),
    );
  });
});

describe('sealPdf', () => {
  test('pdfsig reports a valid signature over the whole document', async () => {
    const report = await pdfsig(sealed);
    assert.match(report, /Signer Certificate Common Name: Signport Test Seal/);
    assert.match(report, /Signature Type: adbe\.pkcs7\.detached/);
    assert.match(report, /Signing Hash Algorithm: SHA-256/);
    assert.match(report, /Total document signed/);
    assert.match(report, /Signature Validation: Signature is Valid\./);
  });

  test('qpdf finds the sealed file well-formed', async () => {
    const { exitCode } = await runPdfTool('qpdf', ['--check', '{in}'], sealed);
    assert.equal(exitCode, 0);
  });
});

describe('verifySealedPdf', () => {
  test('accepts our sealed PDF, by fingerprint or by the PKCS#12 itself', () => {
    const byFingerprint = verifySealedPdf(sealed, { fingerprintSha256: key.fingerprintSha256 });
    assert.equal(byFingerprint.valid, true);
    assert.ok(byFingerprint.valid && byFingerprint.signedBy === 'Signport Test Seal');
    assert.ok(byFingerprint.valid && byFingerprint.signedAt instanceof Date);
    assert.equal(verifySealedPdf(sealed, key).valid, true);
  });

  test('one changed byte in the signed content fails both pdfsig and verifySealedPdf', async () => {
    const { start } = holeOf(sealed);
    const tampered = withByteChanged(sealed, Math.floor(start / 2));
    assert.deepEqual(verifySealedPdf(tampered, key), { valid: false, reason: 'digest_mismatch' });
    const report = await pdfsig(tampered);
    assert.doesNotMatch(report, /Signature is Valid/);
    assert.match(report, /Digest Mismatch/);
  });

  test('a changed byte anywhere is detected, the signature hole and the last byte included', () => {
    const { start, end } = holeOf(sealed);
    for (const at of [
      0,
      100,
      start - 1,
      start,
      start + 1,
      start + 600,
      end - 2,
      end - 1,
      end,
      sealed.length - 1,
    ]) {
      assert.equal(verifySealedPdf(withByteChanged(sealed, at), key).valid, false, `byte ${at}`);
    }
    for (let at = 0; at < sealed.length; at += 211) {
      assert.equal(verifySealedPdf(withByteChanged(sealed, at), key).valid, false, `byte ${at}`);
    }
  });

  test('appended bytes (an incremental update) leave part of the file unsigned', async () => {
    const appended = new Uint8Array(Buffer.concat([sealed, Buffer.from('\n% added later\n')]));
    assert.deepEqual(verifySealedPdf(appended, key), {
      valid: false,
      reason: 'incomplete_coverage',
    });
    assert.doesNotMatch(await pdfsig(appended), /Total document signed/);
  });

  test('a PDF sealed with another certificate is not ours', async () => {
    const other = createSelfSignedCertificate({
      commonName: 'Signport Test Seal',
      organization: 'Acme Realty',
    });
    const foreign = await sealPdf(await makePurchaseAgreement(), { ...other, ...DETAILS });
    assert.equal(verifySealedPdf(foreign, other).valid, true);
    assert.deepEqual(verifySealedPdf(foreign, key), { valid: false, reason: 'unknown_signer' });
  });

  test('an unsealed PDF or garbage is not sealed', async () => {
    assert.deepEqual(verifySealedPdf(await makePurchaseAgreement(), key), {
      valid: false,
      reason: 'not_sealed',
    });
    assert.deepEqual(verifySealedPdf(new TextEncoder().encode('hello'), key), {
      valid: false,
      reason: 'not_sealed',
    });
  });
});
