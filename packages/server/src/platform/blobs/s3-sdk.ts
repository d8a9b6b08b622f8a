import { createRequire } from 'node:module';
import type * as S3 from '@aws-sdk/client-s3';
import type * as Presigner from '@aws-sdk/s3-request-presigner';

// The AWS SDK takes about a second to load: only a server whose `BLOB_STORE` is `s3://` pays for
// it, on first use, so every other start (and every test process) stays fast.
const require = createRequire(import.meta.url);

/** `@aws-sdk/client-s3`, loaded the first time it is asked for. */
export const s3Sdk = (): typeof S3 => require('@aws-sdk/client-s3') as typeof S3;

/** `@aws-sdk/s3-request-presigner`, loaded the first time it is asked for. */
export const s3Presigner = (): typeof Presigner =>
  require('@aws-sdk/s3-request-presigner') as typeof Presigner;
