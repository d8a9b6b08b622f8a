import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export const S3_BUCKET = 'signport-blobs';

export interface S3Server {
  endpoint: string;
  /** The environment that points `BLOB_STORE` at this server (`prefix` keeps a test's keys apart). */
  env(prefix?: string): Record<string, string>;
  /** Every key in the bucket under `prefix`. */
  keys(prefix?: string): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A real S3-protocol server (s3rver) on loopback, with files in a temp folder and one bucket.
 * s3rver knows the access key `S3RVER` (secret `S3RVER`); it checks presigned URLs' expiry and the
 * access key, not SigV4 signatures themselves.
 */
export async function startS3Server(): Promise<S3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'signport-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: S3_BUCKET }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
  return {
    endpoint,
    env: (prefix = '') => ({
      BLOB_STORE: `s3://${S3_BUCKET}${prefix ? `/${prefix}` : ''}`,
      BLOB_STORE_ENDPOINT: endpoint,
      BLOB_STORE_REGION: 'us-east-1',
      BLOB_STORE_ACCESS_KEY_ID: credentials.accessKeyId,
      BLOB_STORE_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      BLOB_STORE_PATH_STYLE: 'true',
    }),
    async keys(prefix = '') {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: S3_BUCKET, Prefix: prefix, ContinuationToken: token }),
        );
        keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ''));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    async close() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
