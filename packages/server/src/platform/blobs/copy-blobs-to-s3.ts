import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { blobs } from '../db/schema/index.js';
import { blobKey, type S3Bucket } from './s3-bucket.js';
import { s3Sdk } from './s3-sdk.js';

export interface CopyBlobsReport {
  /** Blobs whose bytes were uploaded by this run. */
  copied: number;
  bytesCopied: number;
  /** Blobs already in the bucket with the same size and SHA-256 (an earlier, perhaps interrupted, run). */
  alreadyInS3: number;
  /** Blobs whose bytes were removed from the database (only with `deleteFromDatabase`). */
  removedFromDatabase: number;
  /** Blobs whose bytes are still (also) kept in the database after the run. */
  stillInDatabase: number;
}

// Bytes still in the row (the S3 store leaves `data` empty); empty blobs need no copy.
const holdsBytes = sql`length(${blobs.data}) = ${blobs.size} and ${blobs.size} > 0`;
const PAGE = 100;

/**
 * Copies every blob whose bytes are kept in the database to the bucket, under the key the S3 store
 * reads. Safe to run again and to resume: a blob already there with the same SHA-256 is not sent
 * twice. The database keeps its copy unless `deleteFromDatabase`, and then only once the object is there.
 */
export async function copyBlobsToS3(
  { db, bucket }: { db: Database; bucket: S3Bucket },
  { deleteFromDatabase }: { deleteFromDatabase: boolean },
): Promise<CopyBlobsReport> {
  const report = { copied: 0, bytesCopied: 0, alreadyInS3: 0, removedFromDatabase: 0 };
  let after = '';
  for (;;) {
    // Ids a page at a time, bytes one blob at a time: memory stays at one blob.
    const page = await db
      .select({
        id: blobs.id,
        accountId: blobs.accountId,
        contentType: blobs.contentType,
        size: blobs.size,
        sha256: blobs.sha256,
      })
      .from(blobs)
      .where(and(gt(blobs.id, after), holdsBytes))
      .orderBy(asc(blobs.id))
      .limit(PAGE);
    for (const blob of page) {
      const key = blobKey(bucket, blob.accountId, blob.id);
      if (await objectMatches(bucket, key, blob)) {
        report.alreadyInS3 += 1;
      } else {
        const [row] = await db
          .select({ data: blobs.data })
          .from(blobs)
          .where(and(eq(blobs.id, blob.id), eq(blobs.sha256, blob.sha256), holdsBytes));
        if (!row) continue; // replaced or deleted meanwhile: the server wrote its own copy
        await bucket.client.send(
          new (s3Sdk().PutObjectCommand)({
            Bucket: bucket.bucket,
            Key: key,
            Body: row.data,
            ContentType: blob.contentType,
            ContentLength: blob.size,
            Metadata: { sha256: blob.sha256 },
          }),
        );
        report.copied += 1;
        report.bytesCopied += blob.size;
      }
      if (deleteFromDatabase) {
        const cleared = await db
          .update(blobs)
          .set({ data: Buffer.alloc(0) })
          .where(and(eq(blobs.id, blob.id), eq(blobs.sha256, blob.sha256)))
          .returning({ id: blobs.id });
        report.removedFromDatabase += cleared.length;
      }
    }
    const last = page.at(-1);
    if (!last) break;
    after = last.id;
  }
  const [remaining] = await db
    .select({ count: sql<number>`count(*)` })
    .from(blobs)
    .where(holdsBytes);
  return { ...report, stillInDatabase: remaining?.count ?? 0 };
}

async function objectMatches(
  bucket: S3Bucket,
  key: string,
  blob: { size: number; sha256: string },
): Promise<boolean> {
  try {
    const head = await bucket.client.send(
      new (s3Sdk().HeadObjectCommand)({ Bucket: bucket.bucket, Key: key }),
    );
    return head.ContentLength === blob.size && head.Metadata?.sha256 === blob.sha256;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return false;
    throw error;
  }
}
