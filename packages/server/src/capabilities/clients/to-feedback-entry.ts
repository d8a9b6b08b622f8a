import type { FeedbackEntry } from '@signport/core';
import type { propertyFeedback } from '../../platform/db/schema/index.js';

export type FeedbackRow = typeof propertyFeedback.$inferSelect;

export function toFeedbackEntry(row: FeedbackRow): FeedbackEntry {
  return {
    id: row.id,
    propertyId: row.propertyId,
    buyerName: row.buyerName,
    comments: row.comments,
    rating: row.rating,
    showingAt: row.showingAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
