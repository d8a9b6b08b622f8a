import { PDFDocument } from 'pdf-lib';
import { finalizeDocument } from './finalize-document.js';
import { createSelfSignedCertificate } from './signing-certificate.js';

/** An 8×4 PNG stroke: enough to run the signature image path. */
const SIGNATURE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAYAAACzzX7wAAAAF0lEQVR4nGNgYGD4z4AAuNjkS/4nKAkAuOcK9hq2C38AAAAASUVORK5CYII=',
  'base64',
);

/**
 * Seals a one-page document once, through every step a real completion takes (values, signature
 * image, fonts, certificate, seal), so that a fresh worker thread has loaded and compiled that code
 * before the first session completes. The result is thrown away.
 */
export async function warmUpFinalize(): Promise<void> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  const at = new Date();
  const party = { name: 'Warm Up', email: 'warm-up@example.com', role: 'signer', signedAt: at };
  await finalizeDocument({
    original: await doc.save(),
    placements: [
      {
        fieldId: 'name',
        page: 1,
        rect: { x: 72, y: 700, width: 200, height: 20 },
        type: 'text',
        value: 'Zoë Warm-Up',
      },
      {
        fieldId: 'date',
        page: 1,
        rect: { x: 72, y: 670, width: 100, height: 20 },
        type: 'date',
        value: '2030-01-15',
      },
      {
        fieldId: 'agree',
        page: 1,
        rect: { x: 72, y: 640, width: 12, height: 12 },
        type: 'checkbox',
        value: true,
      },
      {
        fieldId: 'signature',
        page: 1,
        rect: { x: 72, y: 580, width: 160, height: 40 },
        type: 'signature',
        value: SIGNATURE_PNG,
      },
    ],
    audit: {
      documentTitle: 'Warm-up',
      sessionId: 'ses_warm_up',
      completedAt: at,
      initiator: party,
      sender: party,
      parties: [party],
      events: [{ at, description: 'Warm Up signed' }],
    },
    seal: {
      ...createSelfSignedCertificate({ commonName: 'Signport warm-up', organization: 'Signport' }),
      reason: 'Warm-up',
      name: 'Signport',
      location: 'localhost',
      contactInfo: 'warm-up@example.com',
    },
  });
}
