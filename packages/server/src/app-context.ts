import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './platform/http/app-env.js';
import type { Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/open-database.js';
import type { EmbedTokenSigner } from './capabilities/embed-tokens/embed-token-claims.js';
import type { Logger } from './platform/logger.js';
import type { BlobStoreFor } from './platform/blobs/blob-store.js';

/** What route modules are given: the app's dependencies with defaults filled in. */
export interface AppContext {
  db: Database;
  config: Config;
  logger: Logger;
  clock: Clock;
  signer: EmbedTokenSigner;
  /** The blob store `BLOB_STORE` names, within the database or a transaction. */
  blobStoreFor: BlobStoreFor;
}

export type App = OpenAPIHono<AppEnv>;
