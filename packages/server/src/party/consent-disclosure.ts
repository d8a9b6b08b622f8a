import { createHash } from 'node:crypto';

/** The ESIGN/UETA disclosure every party accepts before signing; change the version with the text. */
export const CONSENT_DISCLOSURE_VERSION = '2025-01';

export const CONSENT_DISCLOSURE_TEXT = [
  'Consent to use electronic records and signatures',
  '',
  'By continuing, you agree to receive this document and any related notices electronically, and to sign it electronically. Your electronic signature has the same legal effect as a handwritten signature under the U.S. Electronic Signatures in Global and National Commerce Act (ESIGN) and the Uniform Electronic Transactions Act (UETA).',
  '',
  'You may instead ask the sender for a paper copy and sign on paper; contact the sender at the address in your invitation. You may withdraw this consent at any time before you sign by declining. To view and keep the document you need a device with a current web browser and a PDF reader; you will receive the completed document by email.',
].join('\n');

/** SHA-256 of the disclosure text: stored with each consent to prove which words were accepted. */
export const CONSENT_DISCLOSURE_SHA256 = createHash('sha256')
  .update(CONSENT_DISCLOSURE_TEXT)
  .digest('hex');
