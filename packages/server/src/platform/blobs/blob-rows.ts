import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { blobs } from '../db/schema/index.js';

// The `blobs` table is the catalogue of every blob, whichever store holds the bytes: the database
// store keeps them in `data`; the S3 store leaves `data` empty (and foreign keys keep pointing here).

export type BlobRow = typeof blobs.$inferSelect;

/** The row of a blob of the account, with its bytes when they are kept in the database. */
export async function findBlobRow(
  db: DbExecutor,
  accountId: string,
  id: string,
): Promise<BlobRow | undefined> {
  const [row] = await db
    .select()
    .from(blobs)
    .where(and(eq(blobs.id, id), eq(blobs.accountId, accountId)));
  return row;
}

/** The row's bytes, or undefined when they live in S3 (the row then keeps an empty `data`). */
export function bytesInRow(row: BlobRow): Uint8Array | undefined {
  if (row.data.byteLength !== row.size) return undefined;
  return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
}

export function blobInfo(row: BlobRow) {
  return { id: row.id, contentType: row.contentType, size: row.size, sha256: row.sha256 };
}

/**
 * Writes the row of a blob (its bytes too when `keepBytes`). An id owned by another account is left
 * alone: a blob is only ever replaced by the account that stored it.
 */
export async function upsertBlobRow(
  db: DbExecutor,
  clock: Clock,
  accountId: string,
  {
    id,
    contentType,
    bytes,
    keepBytes,
  }: { id: string; contentType: string; bytes: Uint8Array; keepBytes: boolean },
) {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sha256 = sha256Hex(data);
  const row = {
    contentType,
    size: data.byteLength,
    sha256,
    data: keepBytes ? data : Buffer.alloc(0),
  };
  await db
    .insert(blobs)
    .values({ id, accountId, ...row, createdAt: clock() })
    .onConflictDoUpdate({
      target: blobs.id,
      set: row,
      setWhere: eq(blobs.accountId, accountId),
    });
  return { id, contentType, size: data.byteLength, sha256 };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bytes already in memory, as the stream `openBlob` hands out. */
export function streamOfBytes(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
