import { ApiError } from '../errors/api-error.js';

/** Where a newest-first list stopped: the last item's creation time and id. */
export interface PageCursor {
  createdAt: number;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(`${cursor.createdAt}:${cursor.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): PageCursor {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (!id || !/^\d+$/.test(createdAt ?? '')) {
    throw new ApiError(400, 'validation_failed', 'The cursor is not valid.', 'cursor');
  }
  return { createdAt: Number(createdAt), id };
}
