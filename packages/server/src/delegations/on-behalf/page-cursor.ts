import { ApiError } from '../../errors/api-error.js';

/** Where the next page starts: the last row's creation time and id (newest first, id breaks ties). */
export interface PagePosition {
  createdAt: Date;
  id: string;
}

export function encodePageCursor({ createdAt, id }: PagePosition): string {
  return Buffer.from(`${createdAt.getTime()}.${id}`, 'utf8').toString('base64url');
}

export function decodePageCursor(cursor: string): PagePosition {
  const match = /^(\d{1,15})\.([\w-]{1,100})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match?.[1] || !match[2]) {
    throw new ApiError(400, 'validation_failed', 'cursor is not a cursor this API gave.', 'cursor');
  }
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}
