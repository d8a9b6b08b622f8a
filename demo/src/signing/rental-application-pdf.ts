import { PDFDocument, PDFName, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { addSignatureField } from '../../../packages/server/test/fixtures/add-signature-field.js';

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 56;
const BODY_SIZE = 10;
const LINE_HEIGHT = 13;

/**
 * Builds the one-page rental application with a real AcroForm: property and applicant details,
 * income, move-in date and the proof of income as text fields (the seed retypes a few), then a
 * signature and a signing date for the applicant, the co-applicant and the landlord. Field names
 * start with their role's key, which is how Signport gives each field to its role.
 */
export async function makeRentalApplicationPdf(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.setTitle('Rental Application');
  doc.setCreator('Shoreline Realty');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  let y = PAGE_HEIGHT - MARGIN;

  const write = (text: string, x: number, font: PDFFont = regular, size = BODY_SIZE) =>
    page.drawText(text, { x, y, size, font });
  const heading = (text: string) => {
    y -= 10;
    write(text, MARGIN, bold, 12);
    y -= LINE_HEIGHT + 6;
  };
  const textField = (label: string, name: string, width: number, required = true) => {
    write(label, MARGIN);
    const x = MARGIN + 150;
    underline(page, x, y - 3, width);
    const field = form.createTextField(name);
    if (required) field.enableRequired();
    field.addToPage(page, { x, y: y - 3, width, height: 15, borderWidth: 0 });
    y -= LINE_HEIGHT + 9;
  };
  const signatureLine = (role: string, label: string) => {
    y -= 30;
    underline(page, MARGIN, y, 260);
    addSignatureField(doc, page, `${role}_signature`, [MARGIN, y, 260, 32]);
    underline(page, MARGIN + 300, y, 130);
    form
      .createTextField(`${role}_sign_date`)
      .addToPage(page, { x: MARGIN + 300, y, width: 130, height: 15, borderWidth: 0 });
    page.drawText(`${label} signature`, { x: MARGIN, y: y - 11, size: 8, font: regular });
    page.drawText('Date', { x: MARGIN + 300, y: y - 11, size: 8, font: regular });
    y -= 26;
  };

  const title = 'RENTAL APPLICATION';
  write(title, (PAGE_WIDTH - bold.widthOfTextAtSize(title, 16)) / 2, bold, 16);
  y -= 18;
  const intro = 'Shoreline Realty · Homes by the water since 1987';
  write(intro, (PAGE_WIDTH - regular.widthOfTextAtSize(intro, 9)) / 2, regular, 9);
  y -= 16;

  heading('1. Property');
  textField('Address applied for:', 'property_address', 330);
  textField('Desired move-in date:', 'applicant_move_in_date', 110, false);

  heading('2. Applicant');
  textField('Full legal name:', 'applicant_name', 300);
  textField('E-mail:', 'applicant_email', 250);
  textField('Phone:', 'applicant_phone', 160);
  textField('Current address:', 'applicant_current_address', 330);
  textField('Employer:', 'applicant_employer', 250, false);
  textField('Monthly income (USD):', 'applicant_monthly_income', 110);
  textField('Proof of income (file):', 'applicant_proof_of_income', 250);

  heading('3. Co-applicant');
  textField('Full legal name:', 'co_applicant_name', 300);
  textField('Monthly income (USD):', 'co_applicant_monthly_income', 110, false);

  heading('4. Landlord');
  textField('Landlord or agent:', 'landlord_name', 300);

  heading('5. Signatures');
  for (const line of [
    'Each applicant confirms that the information given is true and authorizes the landlord to verify',
    'it. The landlord signs to acknowledge receipt of this application.',
  ]) {
    write(line, MARGIN);
    y -= LINE_HEIGHT;
  }
  signatureLine('applicant', 'Applicant');
  signatureLine('co_applicant', 'Co-applicant');
  signatureLine('landlord', 'Landlord');

  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  return new Uint8Array(await doc.save());
}

function underline(page: PDFPage, x: number, y: number, width: number): void {
  page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 0.6, color: rgb(0, 0, 0) });
}
