import { and, eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { blobs } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { BlobStore, StoredBlob } from './blob-store.js';
import { blobInfo, bytesInRow, findBlobRow, streamOfBytes, upsertBlobRow } from './blob-rows.js';

/**
 * Keeps blobs in the `blobs` table. Pass a transaction as `db` to store blobs together with the rows
 * that refer to them.
 *
 * @example
 * const store = databaseBlobStore({ db, clock });
 * const { id } = await store.putBlob(accountId, { bytes: pdf, contentType: 'application/pdf' });
 */
export function databaseBlobStore({ db, clock }: { db: DbExecutor; clock: Clock }): BlobStore {
  const getBlob = async (accountId: string, id: string): Promise<StoredBlob | undefined> => {
    const row = await findBlobRow(db, accountId, id);
    if (!row) return undefined;
    const bytes = bytesInRow(row);
    if (!bytes) {
      throw new Error(
        `Blob ${id} was moved to S3 (blobs copy-to-s3 --delete-from-database): start the server with that BLOB_STORE.`,
      );
    }
    return { ...blobInfo(row), bytes };
  };
  return {
    async putBlob(accountId, { bytes, contentType, id = newId('blb') }) {
      return upsertBlobRow(db, clock, accountId, { id, contentType, bytes, keepBytes: true });
    },
    getBlob,
    async openBlob(accountId, id) {
      const blob = await getBlob(accountId, id);
      if (!blob) return undefined;
      const { bytes, ...info } = blob;
      return { ...info, body: streamOfBytes(bytes) };
    },
    async deleteBlob(accountId, id) {
      await db.delete(blobs).where(and(eq(blobs.id, id), eq(blobs.accountId, accountId)));
    },
    async downloadUrl() {
      return undefined;
    },
  };
}
