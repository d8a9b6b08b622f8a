export type SignatureImageRejectionCode = 'signature_image_invalid' | 'signature_image_too_large';

/** A signature or initials image we will not stamp; `message` is safe to show to the signer. */
export class SignatureImageRejectedError extends Error {
  override readonly name = 'SignatureImageRejectedError';

  constructor(
    readonly code: SignatureImageRejectionCode,
    message: string,
  ) {
    super(message);
  }
}
