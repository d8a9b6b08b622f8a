import { rgb } from 'pdf-lib';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { embedDocumentFont } from './document-fonts.js';
import { toFontCharacters } from './to-font-characters.js';
import { fillPlaceholders } from '../text/fill-placeholders.js';
import type { AuditCertificate, AuditParty, CertificateHeadings } from './types.js';
import { wrapText } from './wrap-text.js';

const PAGE: [number, number] = [612, 792];
const MARGIN = 54;
const CONTENT_WIDTH = PAGE[0] - 2 * MARGIN;
const LABEL_WIDTH = 130;
const SIZE = 9;
const LINE = 12;
const MUTED = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.8, 0.8, 0.85);
const MAX_VALUE_LENGTH = 1000;

type Row = [label: string, value: string | undefined];

export const ENGLISH_CERTIFICATE_HEADINGS: CertificateHeadings = {
  title: 'Certificate of completion',
  document: 'Document',
  session: 'Session',
  originalSha256: 'Original SHA-256',
  completed: 'Completed',
  sender: 'Sender',
  initiator: 'Initiator',
  parties: 'Parties ({count})',
  events: 'Event trail ({count})',
  footer: 'Certificate of completion - session {session} - page {page} of {pages}',
  email: 'Email',
  role: 'Role',
  ipAddress: 'IP address',
  userAgent: 'User agent',
  consent: 'Consent to e-sign',
  disclosure: 'disclosure {version}',
  consentNotGiven: 'not given',
  viewed: 'Viewed',
  signed: 'Signed',
  notSigned: 'not signed',
  documents: 'Documents ({count})',
  pages: 'Pages',
  pageRange: '{first} to {last}',
};

/**
 * Appends "Certificate of completion" pages to `doc`: the document, its original's SHA-256, the
 * sender and initiator, a packet's documents with their pages and originals, every party with consent and timestamps, and the full event trail. Text is
 * wrapped and flows onto as many pages as it needs, in a Unicode font (names such as "Zoë
 * Łukasiewicz" or "O’Brien" print as written); characters the font lacks are replaced rather than
 * allowed to abort the completion.
 *
 * @example
 * await appendAuditCertificate(doc, { documentTitle, sessionId, originalSha256, completedAt, initiator, sender, parties, events });
 */
export async function appendAuditCertificate(
  doc: PDFDocument,
  certificate: AuditCertificate,
): Promise<void> {
  const regular = await embedDocumentFont(doc, 'regular');
  const bold = await embedDocumentFont(doc, 'bold');
  const top = PAGE[1] - MARGIN;
  let page = doc.addPage(PAGE);
  const pages: PDFPage[] = [page];
  let y = top;
  const startPage = (): void => {
    page = doc.addPage(PAGE);
    pages.push(page);
    y = top;
  };
  const ensureSpace = (height: number): void => {
    if (y - height < MARGIN + LINE) startPage();
  };
  const clean = (text: string): string => toFontCharacters(text, regular);
  const words = certificate.headings ?? ENGLISH_CERTIFICATE_HEADINGS;

  const heading = (text: string): void => {
    ensureSpace(LINE * 4);
    y -= LINE;
    page.drawText(text, { x: MARGIN, y, size: 12, font: bold });
    y -= 6;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: MARGIN + CONTENT_WIDTH, y },
      thickness: 0.5,
      color: RULE,
    });
    y -= LINE + 2;
  };
  const rows = (entries: Row[]): void => {
    for (const [label, value] of entries) {
      if (value === undefined || value === '') continue;
      const lines = wrapText(clean(clip(value)), regular, SIZE, CONTENT_WIDTH - LABEL_WIDTH);
      // Short entries stay on one page; long ones flow line by line.
      ensureSpace(Math.min(lines.length, 4) * LINE);
      page.drawText(clean(label), { x: MARGIN, y, size: SIZE, font: bold, color: MUTED });
      for (const line of lines) {
        ensureSpace(LINE);
        page.drawText(line, { x: MARGIN + LABEL_WIDTH, y, size: SIZE, font: regular });
        y -= LINE;
      }
    }
    y -= 6;
  };

  page.drawText(clean(words.title), { x: MARGIN, y: y - 8, size: 18, font: bold });
  y -= 36;
  rows([
    [words.document, certificate.documentTitle],
    [words.session, certificate.sessionId],
    [words.originalSha256, certificate.originalSha256],
    [words.completed, formatTime(certificate.completedAt)],
    [words.sender, person(certificate.sender)],
    [words.initiator, person(certificate.initiator)],
  ]);

  if (certificate.documents) {
    heading(clean(fillPlaceholders(words.documents, { count: certificate.documents.length })));
    certificate.documents.forEach((document, index) => {
      rows([
        [`${index + 1}. ${words.document}`, document.name],
        [
          words.pages,
          document.firstPage === document.lastPage
            ? `${document.firstPage}`
            : fillPlaceholders(words.pageRange, {
                first: document.firstPage,
                last: document.lastPage,
              }),
        ],
        [words.originalSha256, document.originalSha256],
      ]);
    });
  }

  heading(clean(fillPlaceholders(words.parties, { count: certificate.parties.length })));
  for (const party of certificate.parties) {
    ensureSpace(LINE * 3);
    const title = wrapText(clean(`${party.name} - ${party.role}`), bold, 10, CONTENT_WIDTH);
    for (const line of title) {
      page.drawText(line, { x: MARGIN, y, size: 10, font: bold });
      y -= LINE + 1;
    }
    rows(partyRows(party, words));
  }

  heading(clean(fillPlaceholders(words.events, { count: certificate.events.length })));
  rows(
    certificate.events.map((event) => [
      formatTime(event.at),
      event.ip ? `${event.description} (IP ${event.ip})` : event.description,
    ]),
  );

  pages.forEach((certificatePage, index) => {
    const footer = clean(
      fillPlaceholders(words.footer, {
        session: certificate.sessionId,
        page: index + 1,
        pages: pages.length,
      }),
    );
    certificatePage.drawText(footer, {
      x: MARGIN,
      y: MARGIN - 24,
      size: 7.5,
      font: regular,
      color: MUTED,
    });
  });
}

function partyRows(party: AuditParty, words: CertificateHeadings): Row[] {
  const disclosure = party.disclosureVersion
    ? ` (${fillPlaceholders(words.disclosure, { version: party.disclosureVersion })})`
    : '';
  const consent = party.consentedAt
    ? `${formatTime(party.consentedAt)}${disclosure}`
    : words.consentNotGiven;
  return [
    [words.email, party.email],
    [words.role, party.role],
    [words.ipAddress, party.ip],
    [words.userAgent, party.userAgent],
    [words.consent, consent],
    [words.viewed, party.viewedAt && formatTime(party.viewedAt)],
    [words.signed, party.signedAt ? formatTime(party.signedAt) : words.notSigned],
  ];
}

/** A certificate is for people; an absurdly long value (say, a forged user agent) is cut short. */
function clip(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}

function person({ name, email }: { name: string; email: string }): string {
  return `${name} <${email}>`;
}

function formatTime(date: Date): string {
  return `${date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} UTC`;
}
