import type { z } from 'zod';
import type { CreateFeedbackRequest, FeedbackEntry } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { propertyFeedback } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { findProperty } from './find-property.js';
import { toFeedbackEntry } from './to-feedback-entry.js';

/**
 * Records feedback from a showing on a property the caller may see (it appears in its owners'
 * portal); the buyer's name is kept whole and masked only when shown.
 */
export async function addPropertyFeedback(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  propertyId: string,
  input: z.output<typeof CreateFeedbackRequest>,
): Promise<FeedbackEntry> {
  const property = await findProperty(deps.db, caller, propertyId);
  const [row] = await deps.db
    .insert(propertyFeedback)
    .values({
      id: newId('fbk'),
      accountId: property.accountId,
      propertyId: property.id,
      buyerName: input.buyerName,
      comments: input.comments,
      rating: input.rating ?? null,
      showingAt: new Date(input.showingAt),
      createdAt: deps.clock(),
    })
    .returning();
  if (!row) throw new Error('The feedback insert returned no row.');
  return toFeedbackEntry(row);
}
