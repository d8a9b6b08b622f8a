import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { blobs } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { BlobStore } from './blob-store.js';

/**
 * Keeps blobs in the `blobs` table. Pass a transaction as `db` to store blobs together with the rows
 * that refer to them.
 *
 * @example
 * const store = databaseBlobStore({ db, clock });
 * const { id } = await store.putBlob(accountId, { bytes: pdf, contentType: 'application/pdf' });
 */
export function databaseBlobStore({ db, clock }: { db: DbExecutor; clock: Clock }): BlobStore {
  return {
    async putBlob(accountId, { bytes, contentType, id = newId('blb') }) {
      const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const sha256 = createHash('sha256').update(data).digest('hex');
      const row = { contentType, size: data.byteLength, sha256, data };
      await db
        .insert(blobs)
        .values({ id, accountId, ...row, createdAt: clock() })
        .onConflictDoUpdate({
          target: blobs.id,
          set: row,
          setWhere: eq(blobs.accountId, accountId),
        });
      return { id, contentType, size: data.byteLength, sha256 };
    },
    async getBlob(accountId, id) {
      const [row] = await db
        .select()
        .from(blobs)
        .where(and(eq(blobs.id, id), eq(blobs.accountId, accountId)));
      if (!row) return undefined;
      const { data, ...info } = row;
      return {
        id: info.id,
        contentType: info.contentType,
        size: info.size,
        sha256: info.sha256,
        bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      };
    },
    async deleteBlob(accountId, id) {
      await db.delete(blobs).where(and(eq(blobs.id, id), eq(blobs.accountId, accountId)));
    },
  };
}
