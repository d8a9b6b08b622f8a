import type { FinalizeDocumentInput } from '../src/platform/pdf/finalize-document.js';
import { inspectPdf } from '../src/platform/pdf/inspect-pdf.js';
import { createSelfSignedCertificate } from '../src/platform/pdf/signing-certificate.js';
import type { Placement } from '../src/platform/pdf/types.js';
import { makeBenchmarkDocument } from '../test/fixtures/make-benchmark-document.js';
import { makeSignaturePng } from '../test/fixtures/make-signature-png.js';

/** Completing a 10-page, 40-field, 2-signature document: what the sealing of a session is given. */
export async function benchmarkFinalizeInput(): Promise<FinalizeDocumentInput> {
  const original = await makeBenchmarkDocument(10);
  const { fields } = await inspectPdf(original, { maxBytes: 20 * 1024 * 1024 });
  const signature = await makeSignaturePng(600, 200);
  const placements: Placement[] = fields.map(({ name, page, rect, type }) => {
    if (type === 'signature')
      return { fieldId: name, page, rect, type: 'signature', value: signature };
    if (type === 'checkbox') return { fieldId: name, page, rect, type: 'checkbox', value: true };
    if (name.endsWith('_date'))
      return { fieldId: name, page, rect, type: 'date', value: '2025-06-03' };
    return { fieldId: name, page, rect, type: 'text', value: `Dana Whitfield-Okonkwo, ${name}` };
  });
  const signedAt = new Date();
  return {
    original,
    placements,
    audit: {
      documentTitle: 'Listing and Purchase Addenda',
      sessionId: 'ses_bench',
      completedAt: signedAt,
      initiator: { name: 'Ann Assistant', email: 'ann@brokerage.example' },
      sender: { name: 'Betty Agent', email: 'betty@brokerage.example' },
      parties: ['buyer', 'seller'].map((role, index) => ({
        name: `Party ${index + 1}`,
        email: `${role}@example.com`,
        role,
        ip: `203.0.113.${index + 1}`,
        userAgent:
          'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15',
        consentedAt: signedAt,
        disclosureVersion: '2025-01',
        viewedAt: signedAt,
        signedAt,
      })),
      events: Array.from({ length: 12 }, (_, index) => ({
        at: signedAt,
        description: `${index % 2 ? 'Party 2' : 'Party 1'} ${['sent', 'viewed', 'saved', 'signed'][index % 4] ?? 'viewed'}`,
        ip: '203.0.113.1',
      })),
    },
    seal: {
      ...createSelfSignedCertificate({
        commonName: 'Signport Bench',
        organization: 'Bench Realty',
      }),
      reason: 'Completed by all parties',
      name: 'Signport',
      location: 'Online',
      contactInfo: 'help@example.com',
    },
  };
}
