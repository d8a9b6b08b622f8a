import type { PacketDocument } from '../../platform/db/schema/index.js';
import type { SessionRow } from './load-session.js';

type SessionDocumentsOf = Pick<SessionRow, 'templateId' | 'templateName' | 'template'>;

/** The documents of a session, in order: a packet's, or the one template it was started from. */
export function sessionDocuments(session: SessionDocumentsOf): PacketDocument[] {
  return (
    session.template.documents ?? [
      {
        templateId: session.templateId,
        name: session.templateName,
        pdfSha256: session.template.pdfSha256,
        firstPage: 1,
        pageCount: session.template.pages.length,
      },
    ]
  );
}

/** Where a page of the whole document comes from: the template whose image it shows, and its page there. */
export function pageSource(
  session: SessionDocumentsOf,
  pageNumber: number,
): { templateId: string; pageNumber: number } {
  const document = sessionDocuments(session).find(
    (candidate) =>
      pageNumber >= candidate.firstPage && pageNumber < candidate.firstPage + candidate.pageCount,
  );
  if (!document) return { templateId: session.templateId, pageNumber };
  return { templateId: document.templateId, pageNumber: pageNumber - document.firstPage + 1 };
}
