import type { Clock } from '../clock.js';
import type { BlobStoreConfig } from './blob-store-config.js';
import type { BlobStoreFor } from './blob-store.js';
import { databaseBlobStore } from './database-blob-store.js';
import { s3BlobStore } from './s3-blob-store.js';
import { s3Bucket, type S3Bucket } from './s3-bucket.js';

// One S3 client per configuration, shared by the app and the job worker (it pools connections).
const buckets = new WeakMap<BlobStoreConfig, S3Bucket>();

/**
 * The store `BLOB_STORE` names, for any database executor (a transaction included).
 *
 * @example
 * const blobStoreFor = blobStoreFactory(config.blobStore, clock);
 * await blobStoreFor(tx).putBlob(accountId, { bytes, contentType: 'application/pdf' });
 */
export function blobStoreFactory(config: BlobStoreConfig, clock: Clock): BlobStoreFor {
  const bucket = configuredS3Bucket(config);
  if (!bucket) return (db) => databaseBlobStore({ db, clock });
  return (db) => s3BlobStore({ db, clock, bucket });
}

/** The S3 bucket of the configuration, or undefined when blobs stay in the database. */
export function configuredS3Bucket(config: BlobStoreConfig): S3Bucket | undefined {
  if (config.kind === 'database') return undefined;
  let bucket = buckets.get(config);
  if (!bucket) buckets.set(config, (bucket = s3Bucket(config)));
  return bucket;
}
