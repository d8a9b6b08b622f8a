import type { ClientDocument } from '@signport/core';
import type { clientDocuments } from '../../platform/db/schema/index.js';

export type ClientDocumentRow = typeof clientDocuments.$inferSelect;

export function toClientDocument(row: ClientDocumentRow): ClientDocument {
  return {
    id: row.id,
    name: row.name,
    contentType: row.contentType,
    size: row.size,
    kind: row.kind,
    accessible: row.accessible,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
