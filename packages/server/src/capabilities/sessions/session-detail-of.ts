import { visibleValues, type SessionDetail, type UserRef } from '@signport/core';
import type { LoadedSession } from './load-session.js';
import { sessionDocuments } from './session-documents.js';
import { sessionResponseOf } from './session-response-of.js';

/** One session for its sender, given its people's refs: every filled value, its documents. */
export function sessionDetailOf(loaded: LoadedSession, refs: Map<string, UserRef>): SessionDetail {
  const { fields } = loaded.session.template;
  return {
    ...sessionResponseOf(loaded, refs),
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
