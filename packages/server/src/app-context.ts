import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/open-database.js';
import type { EmbedTokenSigner } from './embed-tokens/embed-token-claims.js';
import type { Logger } from './logger.js';

/** What route modules are given: the app's dependencies with defaults filled in. */
export interface AppContext {
  db: Database;
  config: Config;
  logger: Logger;
  clock: Clock;
  signer: EmbedTokenSigner;
}

export type App = OpenAPIHono<AppEnv>;
