import { and, eq, inArray } from 'drizzle-orm';
import { displayBuyerName, type BuyerNameDisplay, type PortalFeedbackList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { clientProperties } from '../../platform/db/schema/index.js';
import { listPropertyFeedback } from '../clients/list-property-feedback.js';
import { clientsGranting } from './clients-granting.js';
import type { PortalViewerContext } from './portal-auth.js';

// When two of a login's clients share a property, the stricter setting wins.
const strictness: Record<BuyerNameDisplay, number> = { full_name: 0, first_name: 1, hidden: 2 };

/**
 * The feedback report on the properties of the viewer's clients that grant it, each buyer's name
 * shown as that client's setting allows (core `displayBuyerName`).
 */
export async function listPortalFeedback(
  db: Database,
  viewer: PortalViewerContext,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
): Promise<PortalFeedbackList> {
  const granting = clientsGranting(viewer.clients, 'feedback');
  const links = await db
    .select({ clientId: clientProperties.clientId, propertyId: clientProperties.propertyId })
    .from(clientProperties)
    .where(
      and(
        eq(clientProperties.accountId, viewer.accountId),
        inArray(
          clientProperties.clientId,
          granting.map((client) => client.clientId),
        ),
      ),
    );
  const displayByProperty = new Map<string, BuyerNameDisplay>();
  for (const link of links) {
    const display =
      granting.find((client) => client.clientId === link.clientId)?.buyerNameDisplay ?? 'hidden';
    const current = displayByProperty.get(link.propertyId);
    if (current === undefined || strictness[display] > strictness[current]) {
      displayByProperty.set(link.propertyId, display);
    }
  }
  return listPropertyFeedback(
    db,
    { accountId: viewer.accountId, propertyIds: [...displayByProperty.keys()], cursor, limit },
    (row) => ({
      id: row.id,
      propertyId: row.propertyId,
      showingAt: row.showingAt.toISOString(),
      buyerName: displayBuyerName(row.buyerName, displayByProperty.get(row.propertyId) ?? 'hidden'),
      rating: row.rating,
      comments: row.comments,
    }),
  );
}
