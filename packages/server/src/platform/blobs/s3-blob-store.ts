import type { GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { blobs } from '../db/schema/index.js';
import { newId } from '../ids.js';
import {
  blobInfo,
  bytesInRow,
  findBlobRow,
  sha256Hex,
  streamOfBytes,
  upsertBlobRow,
} from './blob-rows.js';
import type { BlobStore } from './blob-store.js';
import { attachmentDisposition } from './content-disposition.js';
import { blobKey, type S3Bucket } from './s3-bucket.js';
import { s3Presigner, s3Sdk } from './s3-sdk.js';

/**
 * Keeps the bytes of blobs in an S3-compatible bucket, under `<prefix><accountId>/<blobId>`, and
 * their row (type, size, SHA-256, no bytes) in the `blobs` table: a blob is found only through
 * that row, by the account that stored it. A row that still holds its bytes (stored before the
 * switch and not yet copied with `blobs copy-to-s3 --delete-from-database`) is served from the database.
 *
 * @example
 * const store = s3BlobStore({ db, clock, bucket: s3Bucket(config.blobStore) });
 */
export function s3BlobStore({
  db,
  clock,
  bucket,
}: {
  db: DbExecutor;
  clock: Clock;
  bucket: S3Bucket;
}): BlobStore {
  const getObject = async (accountId: string, id: string): Promise<GetObjectCommandOutput> => {
    const answer = await bucket.client.send(
      new (s3Sdk().GetObjectCommand)({
        Bucket: bucket.bucket,
        Key: blobKey(bucket, accountId, id),
      }),
    );
    if (!answer.Body) throw new Error(`Blob ${id} has no body in S3.`);
    return answer;
  };
  return {
    async putBlob(accountId, { bytes, contentType, id = newId('blb') }) {
      // The object first: a row is never there without its bytes.
      await bucket.client.send(
        new (s3Sdk().PutObjectCommand)({
          Bucket: bucket.bucket,
          Key: blobKey(bucket, accountId, id),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.byteLength,
          Metadata: { sha256: sha256Hex(bytes) },
        }),
      );
      return upsertBlobRow(db, clock, accountId, { id, contentType, bytes, keepBytes: false });
    },
    async getBlob(accountId, id) {
      const row = await findBlobRow(db, accountId, id);
      if (!row) return undefined;
      const bytes =
        bytesInRow(row) ?? (await (await getObject(accountId, id)).Body!.transformToByteArray());
      return { ...blobInfo(row), bytes };
    },
    async openBlob(accountId, id) {
      const row = await findBlobRow(db, accountId, id);
      if (!row) return undefined;
      const bytes = bytesInRow(row);
      const body = bytes
        ? streamOfBytes(bytes)
        : (await getObject(accountId, id)).Body!.transformToWebStream();
      return { ...blobInfo(row), body };
    },
    async deleteBlob(accountId, id) {
      const [deleted] = await db
        .delete(blobs)
        .where(and(eq(blobs.id, id), eq(blobs.accountId, accountId)))
        .returning({ id: blobs.id });
      if (!deleted) return;
      await bucket.client.send(
        new (s3Sdk().DeleteObjectCommand)({
          Bucket: bucket.bucket,
          Key: blobKey(bucket, accountId, id),
        }),
      );
    },
    async downloadUrl(accountId, id, { filename }) {
      const row = await findBlobRow(db, accountId, id);
      if (!row || bytesInRow(row)) return undefined;
      return s3Presigner().getSignedUrl(
        bucket.client,
        new (s3Sdk().GetObjectCommand)({
          Bucket: bucket.bucket,
          Key: blobKey(bucket, accountId, id),
          ResponseContentType: row.contentType,
          ResponseContentDisposition: attachmentDisposition(filename),
          ResponseCacheControl: 'private, no-store',
        }),
        { expiresIn: bucket.downloadUrlTtlSeconds },
      );
    },
  };
}
