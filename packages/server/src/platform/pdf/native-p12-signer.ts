import { constants, privateEncrypt } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { PKCS_OIDS } from './pkcs-oids.js';
import { readSealingKey } from './read-sealing-key.js';
import type { SealingKey } from './types.js';

/** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256; the 32-byte digest follows it. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * Produces the same detached PKCS#7 (adbe.pkcs7.detached) as @signpdf/signer-p12, with the same
 * signed attributes in the same order, but opens the PKCS#12 once per process and computes the
 * RSA signature with Node's native crypto (about 2 ms instead of 50 ms in pure JS).
 */
export class NativeP12Signer extends Signer {
  constructor(private readonly key: SealingKey) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { privateKey, certificate, chain } = readSealingKey(this.key);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const cert of chain) p7.addCertificate(cert);
    const nativeKey = {
      sign: (md: forge.md.MessageDigest): string =>
        privateEncrypt(
          { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]),
        ).toString('binary'),
    };
    p7.addSigner({
      key: nativeKey as unknown as forge.pki.rsa.PrivateKey,
      certificate,
      digestAlgorithm: PKCS_OIDS.sha256,
      authenticatedAttributes: [
        { type: PKCS_OIDS.contentType, value: PKCS_OIDS.data },
        // forge's typings say string; its encoder takes a Date for signingTime.
        { type: PKCS_OIDS.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: PKCS_OIDS.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}
