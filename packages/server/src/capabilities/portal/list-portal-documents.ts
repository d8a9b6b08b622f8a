import type { PortalDocumentList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { listClientDocuments } from '../clients/list-client-documents.js';
import { clientsGranting } from './clients-granting.js';
import type { PortalViewerContext } from './portal-auth.js';

/** The documents the agent marked accessible, of the viewer's clients that grant documents. */
export async function listPortalDocuments(
  db: Database,
  viewer: PortalViewerContext,
  { cursor, limit, publicUrl }: { cursor?: string | undefined; limit: number; publicUrl: string },
): Promise<PortalDocumentList> {
  const clientIds = clientsGranting(viewer.clients, 'documents').map((client) => client.clientId);
  return listClientDocuments(
    db,
    { accountId: viewer.accountId, clientIds, accessibleOnly: true, cursor, limit },
    (row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      createdAt: row.createdAt.toISOString(),
      downloadUrl: `${publicUrl}/v1/portal/documents/${row.id}/content`,
    }),
  );
}
