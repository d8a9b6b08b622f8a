/** Where blobs are kept: in the database (the default) or in an S3-compatible bucket. */
export type BlobStoreConfig = { kind: 'database' } | S3BlobStoreConfig;

export interface S3BlobStoreConfig {
  kind: 's3';
  bucket: string;
  /** Prepended to every key (`BLOB_STORE=s3://bucket/prefix`), empty or ending with `/`. */
  prefix: string;
  /** Another S3-compatible service (MinIO, R2…); unset: AWS. */
  endpoint: string | undefined;
  region: string;
  /** Unset: the AWS SDK's default chain (environment, profile, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** `bucket` in the path (`endpoint/bucket/key`) rather than the host name. */
  forcePathStyle: boolean;
  /** How long a presigned download URL handed out by the API works. */
  downloadUrlTtlSeconds: number;
}

/** The `BLOB_STORE_*` variables as read from the environment (empty ones removed). */
export interface BlobStoreVars {
  BLOB_STORE: string;
  BLOB_STORE_ENDPOINT?: string | undefined;
  BLOB_STORE_REGION?: string | undefined;
  BLOB_STORE_ACCESS_KEY_ID?: string | undefined;
  BLOB_STORE_SECRET_ACCESS_KEY?: string | undefined;
  BLOB_STORE_PATH_STYLE: 'true' | 'false' | '1' | '0';
  BLOB_STORE_URL_TTL_SECONDS: number;
}

/** A variable and what is wrong with it, for the configuration error. */
export type BlobStoreConfigProblem = { variable: keyof BlobStoreVars; message: string };

// S3's rules for bucket names (no dots, which break virtual-host TLS).
const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** Reads `BLOB_STORE` and its options; a problem names the variable to fix. */
export function parseBlobStoreConfig(
  vars: BlobStoreVars,
): BlobStoreConfig | BlobStoreConfigProblem {
  const { BLOB_STORE: store } = vars;
  if (store === 'database') {
    const stray = (
      [
        'BLOB_STORE_ENDPOINT',
        'BLOB_STORE_REGION',
        'BLOB_STORE_ACCESS_KEY_ID',
        'BLOB_STORE_SECRET_ACCESS_KEY',
      ] as const
    ).find((name) => vars[name] !== undefined);
    if (stray) return { variable: stray, message: 'only applies with BLOB_STORE=s3://bucket' };
    return { kind: 'database' };
  }
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(store);
  if (!match)
    return {
      variable: 'BLOB_STORE',
      message: `expected "database" or "s3://bucket[/prefix]", got "${store}"`,
    };
  const [, bucket = '', path = ''] = match;
  if (!BUCKET.test(bucket))
    return {
      variable: 'BLOB_STORE',
      message: `"${bucket}" is not a bucket name: 3–63 lowercase letters, digits and hyphens`,
    };
  const endpoint = vars.BLOB_STORE_ENDPOINT;
  if (endpoint !== undefined && !/^https?:\/\/[^/?#]+\/?$/.test(endpoint))
    return {
      variable: 'BLOB_STORE_ENDPOINT',
      message: `expected http(s)://host[:port], got "${endpoint}"`,
    };
  if (!vars.BLOB_STORE_REGION)
    return {
      variable: 'BLOB_STORE_REGION',
      message: 'required with BLOB_STORE=s3://… (e.g. us-east-1; "auto" for R2)',
    };
  const { BLOB_STORE_ACCESS_KEY_ID: accessKeyId, BLOB_STORE_SECRET_ACCESS_KEY: secretAccessKey } =
    vars;
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined))
    return {
      variable:
        accessKeyId === undefined ? 'BLOB_STORE_ACCESS_KEY_ID' : 'BLOB_STORE_SECRET_ACCESS_KEY',
      message: 'set BLOB_STORE_ACCESS_KEY_ID and BLOB_STORE_SECRET_ACCESS_KEY together',
    };
  const prefix = path.replace(/^\/+|\/+$/g, '');
  return {
    kind: 's3',
    bucket,
    prefix: prefix ? `${prefix}/` : '',
    endpoint: endpoint?.replace(/\/$/, ''),
    region: vars.BLOB_STORE_REGION,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: vars.BLOB_STORE_PATH_STYLE === 'true' || vars.BLOB_STORE_PATH_STYLE === '1',
    downloadUrlTtlSeconds: vars.BLOB_STORE_URL_TTL_SECONDS,
  };
}
