import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Where the blanks of the flat offer sit, in PDF points from the bottom-left of a letter page. */
export const offerBlanks = {
  buyerName: { page: 1, x: 180, y: 600 },
  offerPrice: { page: 1, x: 180, y: 560 },
  buyerSignature: { page: 2, x: 180, y: 300 },
} as const;

/**
 * A two-page "Offer to purchase" as form vendors send them: printed labels and blank lines, no
 * AcroForm fields at all, so every field has to be placed by hand in the template builder.
 */
export async function flatOfferPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Offer to purchase');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const first = pdf.addPage([612, 792]);
  first.drawText('Offer to Purchase Real Estate', { x: 72, y: 710, size: 20, font: bold });
  first.drawText('Shoreline Realty · 1 Harbor Way, Springfield', {
    x: 72,
    y: 688,
    size: 11,
    font: regular,
  });
  const blank = (page: typeof first, label: string, y: number) => {
    page.drawText(label, { x: 72, y: y + 4, size: 12, font: regular });
    page.drawLine({ start: { x: 178, y }, end: { x: 520, y }, thickness: 0.8 });
  };
  blank(first, 'Buyer name', offerBlanks.buyerName.y);
  blank(first, 'Offer price ($)', offerBlanks.offerPrice.y);
  first.drawText('The buyer offers to purchase the property at the price above, subject to', {
    x: 72,
    y: 500,
    size: 11,
    font: regular,
  });
  first.drawText('inspection and financing. This offer is open for three days.', {
    x: 72,
    y: 484,
    size: 11,
    font: regular,
  });
  const second = pdf.addPage([612, 792]);
  second.drawText('Terms and signature', { x: 72, y: 710, size: 16, font: bold });
  second.drawText('The buyer has read both pages of this offer and agrees to its terms.', {
    x: 72,
    y: 660,
    size: 11,
    font: regular,
  });
  blank(second, 'Buyer signature', offerBlanks.buyerSignature.y);
  return pdf.save();
}
