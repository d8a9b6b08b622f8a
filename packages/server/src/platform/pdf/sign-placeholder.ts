import { SignPdf } from '@signpdf/signpdf';
import { NativeP12Signer } from './native-p12-signer.js';
import type { SealingKey } from './types.js';

/**
 * Computes the byte range around the placeholder left by `addSealPlaceholder`, signs everything
 * outside the hole (the whole file) and writes the detached PKCS#7 into it.
 */
export async function signPlaceholder(
  pdfWithPlaceholder: Uint8Array,
  key: SealingKey,
  signingTime: Date,
): Promise<Uint8Array> {
  const signed = await new SignPdf().sign(
    Buffer.from(
      pdfWithPlaceholder.buffer,
      pdfWithPlaceholder.byteOffset,
      pdfWithPlaceholder.byteLength,
    ),
    new NativeP12Signer(key),
    signingTime,
  );
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
