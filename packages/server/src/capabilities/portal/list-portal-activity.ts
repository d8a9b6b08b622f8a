import { and, desc, eq, gte, lt, notInArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import {
  mayView,
  type PortalActivityList,
  type PortalActivityQuery,
  type PortalSection,
} from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { clientEvents } from '../../platform/db/schema/index.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';
import { clientsGranting } from './clients-granting.js';
import type { PortalClient } from './load-portal-clients.js';
import type { PortalViewerContext } from './portal-auth.js';

/** Activity kinds that belong to a section of their own: shown only where that section is granted too. */
const sectionOfKind: Record<string, PortalSection> = {
  showing: 'showings',
  offer: 'offers',
  document: 'documents',
  message: 'messages',
  signing: 'signings',
};

/** Agent notes are private, and messages have their own section. */
const communicationKindsHidden = ['note', 'message'];

const DAY_MS = 24 * 60 * 60 * 1000;

function visibleTo(client: PortalClient) {
  const hiddenKinds = Object.entries(sectionOfKind)
    .filter(([, section]) => !mayView(client, section))
    .map(([kind]) => kind);
  return and(
    eq(clientEvents.clientId, client.clientId),
    or(
      and(eq(clientEvents.category, 'activity'), notInArray(clientEvents.kind, hiddenKinds)),
      and(
        eq(clientEvents.category, 'communication'),
        notInArray(clientEvents.kind, communicationKindsHidden),
      ),
    ),
  );
}

/**
 * The activity feed of the viewer's clients that grant it, with their communication log (without
 * private notes), newest first, within an optional period of whole UTC days (`from`/`to` inclusive).
 */
export async function listPortalActivity(
  db: Database,
  viewer: PortalViewerContext,
  query: z.output<typeof PortalActivityQuery>,
): Promise<PortalActivityList> {
  const granting = clientsGranting(viewer.clients, 'activity');
  const rows = await db
    .select()
    .from(clientEvents)
    .where(
      and(
        eq(clientEvents.accountId, viewer.accountId),
        or(...granting.map(visibleTo)),
        query.from ? gte(clientEvents.occurredAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
        query.to
          ? lt(clientEvents.occurredAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS))
          : undefined,
        afterCursor(query.cursor, clientEvents.occurredAt, clientEvents.id),
      ),
    )
    .orderBy(desc(clientEvents.occurredAt), desc(clientEvents.id))
    .limit(query.limit + 1);
  return toPage(
    rows,
    query.limit,
    (row) => ({ at: row.occurredAt, id: row.id }),
    (row) => ({
      id: row.id,
      at: row.occurredAt.toISOString(),
      kind: row.kind,
      summary: row.summary,
    }),
  );
}
