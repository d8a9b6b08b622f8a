import type { S3Client } from '@aws-sdk/client-s3';
import { ConfigError } from '../config.js';
import type { S3BlobStoreConfig } from './blob-store-config.js';
import { s3Sdk } from './s3-sdk.js';

/** An S3 client and where in it blobs go. */
export interface S3Bucket {
  client: S3Client;
  bucket: string;
  prefix: string;
  downloadUrlTtlSeconds: number;
}

/** A client for the configured bucket (no request is made until one is sent). */
export function s3Bucket(config: S3BlobStoreConfig): S3Bucket {
  const client = new (s3Sdk().S3Client)({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.endpoint && { endpoint: config.endpoint }),
    ...(config.credentials && { credentials: config.credentials }),
    // Plain signed bodies rather than the SDK's default aws-chunked checksum trailers, which many
    // S3-compatible servers do not understand; every blob's SHA-256 is kept beside it anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    client,
    bucket: config.bucket,
    prefix: config.prefix,
    downloadUrlTtlSeconds: config.downloadUrlTtlSeconds,
  };
}

/** The object key of a blob: under its account, so one account's key never names another's blob. */
export function blobKey(bucket: S3Bucket, accountId: string, id: string): string {
  return `${bucket.prefix}${accountId}/${id}`;
}

/**
 * Fails with a message naming the bucket and the reason when it cannot be reached with the
 * configured endpoint and credentials, so a bad `BLOB_STORE` stops the start, not the first upload.
 */
export async function checkS3Bucket(bucket: S3Bucket): Promise<void> {
  try {
    await bucket.client.send(new (s3Sdk().HeadBucketCommand)({ Bucket: bucket.bucket }));
  } catch (error) {
    const endpoint = await bucket.client.config.endpoint?.().then(
      (url) => `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`,
      () => undefined,
    );
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const reason =
      status === 404
        ? 'no such bucket'
        : status === 403
          ? 'access denied (check BLOB_STORE_ACCESS_KEY_ID and BLOB_STORE_SECRET_ACCESS_KEY)'
          : `${(error as Error).name}: ${(error as Error).message || 'no answer'}`;
    throw new ConfigError(
      `BLOB_STORE: bucket "${bucket.bucket}"${endpoint ? ` at ${endpoint}` : ''} cannot be used: ${reason}`,
      { cause: error },
    );
  }
}
