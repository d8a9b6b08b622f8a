/** The lines of the one-page listing agreement the seed shares with the owner. */
export interface ListingAgreement {
  owner: string;
  agent: string;
  address: string;
  price: string;
}

/** Text for a PDF string literal: backslashes and parentheses escaped, nothing beyond Latin-1. */
const pdfText = (text: string) => text.replace(/[\\()]/g, '\\$&').replace(/[^\x20-\xff]/g, '?');

/**
 * A small, valid one-page PDF of the listing agreement, written by hand: the demo needs a real
 * document in the owner's cabinet, not a PDF engine.
 */
export function listingAgreementPdf(agreement: ListingAgreement): Uint8Array<ArrayBuffer> {
  const lines = [
    ['F2', 20, 'Exclusive Right to Sell Listing Agreement'],
    ['F1', 12, 'Shoreline Realty'],
    ['F1', 12, ''],
    ['F1', 12, `Owner: ${agreement.owner}`],
    ['F1', 12, `Listing agent: ${agreement.agent}`],
    ['F1', 12, `Property: ${agreement.address}`],
    ['F1', 12, `List price: ${agreement.price}`],
    ['F1', 12, 'Term: 180 days from the date of signing.'],
    ['F1', 12, 'Commission: as agreed in the signed original kept by Shoreline Realty.'],
  ] as const;
  const content = [
    'BT',
    '72 720 Td',
    ...lines.flatMap(([font, size, text], index) => [
      `/${font} ${size} Tf`,
      index === 0 ? '' : '0 -24 Td',
      `(${pdfText(text)}) Tj`,
    ]),
    'ET',
  ]
    .filter(Boolean)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
