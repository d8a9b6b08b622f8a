import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ApiError } from '../errors/api-error.js';

/** Where a newest-first page ended: the last row's time and id (ids break ties). */
export interface PagePosition {
  at: Date;
  id: string;
}

/** The opaque `nextCursor` every list endpoint answers with. */
export function encodeCursor({ at, id }: PagePosition): string {
  return Buffer.from(`${at.getTime()}:${id}`).toString('base64url');
}

/** The position a cursor of `encodeCursor` names; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): PagePosition {
  // `.` also separates: the delegated-resource lists gave such cursors before they shared this one.
  const match = /^(\d{1,15})[:.](\S{1,100})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match?.[1] || !match[2])
    throw new ApiError('validation_failed', 'cursor: not a cursor of this list', {
      field: 'cursor',
    });
  return { at: new Date(Number(match[1])), id: match[2] };
}

/**
 * The rows after `cursor` in newest-first order of (`time`, `id`); no condition without a cursor.
 * A cursor that does not decode is a 400 naming `cursor`.
 */
export function afterCursor(
  cursor: string | undefined,
  time: SQLiteColumn,
  id: SQLiteColumn,
): SQL | undefined {
  if (cursor === undefined) return undefined;
  const after = decodeCursor(cursor);
  return or(lt(time, after.at), and(eq(time, after.at), lt(id, after.id)));
}

/** Cuts one extra row fetched beyond `limit` into the page and its `nextCursor`. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  position: (row: Row) => PagePosition,
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null,
  };
}
