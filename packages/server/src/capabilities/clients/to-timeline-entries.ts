import type { ActivityEntry, CommunicationEntry } from '@signport/core';
import { communicationKinds } from '@signport/core';
import type { ClientEventRow } from './record-client-event.js';

type CommunicationKind = CommunicationEntry['kind'];

const isCommunicationKind = (kind: string): kind is CommunicationKind =>
  (communicationKinds as readonly string[]).includes(kind);

/** A communication log row as the API shows it. */
export function toCommunicationEntry(row: ClientEventRow): CommunicationEntry {
  return {
    id: row.id,
    kind: isCommunicationKind(row.kind) ? row.kind : 'note',
    summary: row.summary,
    body: row.body,
    occurredAt: row.occurredAt.toISOString(),
    source: row.source,
    createdAt: row.createdAt.toISOString(),
  };
}

/** An activity feed row as the API shows it. */
export function toActivityEntry(row: ClientEventRow): ActivityEntry {
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    occurredAt: row.occurredAt.toISOString(),
    source: row.source,
    createdAt: row.createdAt.toISOString(),
  };
}
