import { visibleValues, type SessionDetail } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import type { LoadedSession } from './load-session.js';
import { sessionDocuments } from './session-documents.js';
import { toSessionResponse } from './to-session-response.js';

/** One session for its sender: the API's view, every filled value as the sealed PDF will hold them, its documents. */
export async function toSessionDetail(
  db: DbExecutor,
  loaded: LoadedSession,
): Promise<SessionDetail> {
  const [session] = await toSessionResponse(db, [loaded]);
  if (!session) throw new Error(`Session ${loaded.session.id} has no response.`);
  const { fields } = loaded.session.template;
  return {
    ...session,
    values: visibleValues({ kind: 'sender' }, fields, loaded.values, loaded.parties),
    documents: sessionDocuments(loaded.session).map((document, index) => ({
      number: index + 1,
      templateId: document.templateId,
      name: document.name,
      firstPage: document.firstPage,
      pageCount: document.pageCount,
    })),
  };
}
