import { createHash } from 'node:crypto';
import type { ConsentDisclosure } from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';

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

/** Refuses a consent given to an earlier version of the disclosure. */
export function assertCurrentDisclosure(version: string): void {
  if (version !== CONSENT_DISCLOSURE_VERSION) {
    throw new ApiError(
      'validation_failed',
      'The disclosure has changed since you read it; review it again before signing.',
      { field: 'consent.disclosureVersion' },
    );
  }
}

/** Whether a party's stored consent is to the disclosure shown today: an older one is asked again. */
export function hasCurrentConsent(party: {
  consentedAt: Date | null;
  consentVersion: string | null;
}): party is { consentedAt: Date; consentVersion: string } {
  return party.consentedAt !== null && party.consentVersion === CONSENT_DISCLOSURE_VERSION;
}

/** The disclosure as a party sees it, with when they accepted it, if they did. */
export function consentDisclosure(party: {
  consentedAt: Date | null;
  consentVersion: string | null;
}): ConsentDisclosure {
  return {
    version: CONSENT_DISCLOSURE_VERSION,
    text: CONSENT_DISCLOSURE_TEXT,
    sha256: CONSENT_DISCLOSURE_SHA256,
    acceptedAt: hasCurrentConsent(party) ? party.consentedAt.toISOString() : null,
  };
}
