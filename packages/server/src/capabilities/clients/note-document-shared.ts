import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { recordClientEvent } from './record-client-event.js';
import type { ClientDocumentRow } from './to-client-document.js';

/** Tells the client's activity feed that a document became visible in their portal. */
export async function noteDocumentShared(
  deps: { db: DbExecutor; clock: Clock },
  document: Pick<ClientDocumentRow, 'accountId' | 'clientId' | 'kind' | 'name'>,
): Promise<void> {
  await recordClientEvent(deps, {
    accountId: document.accountId,
    clientId: document.clientId,
    category: 'activity',
    kind: document.kind === 'signing' ? 'signing' : 'document',
    summary: `Document shared: ${document.name}`,
    source: 'signport',
  });
}
