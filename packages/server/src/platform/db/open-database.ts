import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createClient, type ResultSet } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema/index.js';
import { serializeLocalWrites } from './serialize-local-writes.js';

export type Database = LibSQLDatabase<typeof schema>;
/** The database or an open transaction: for helpers that must also work inside a caller's transaction. */
export type DbExecutor = BaseSQLiteDatabase<'async', ResultSet, typeof schema>;

export interface OpenDatabaseOptions {
  /** `file:/path.db`, `:memory:`, `libsql://…` or `http(s)://…`. */
  url: string;
  authToken?: string | undefined;
  /** How long a write to a file database waits for other writers, in this process and in others (ms). */
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Database;
  close(): Promise<void>;
}

/**
 * Opens a libSQL database through drizzle. File databases get WAL, a busy timeout for writers in
 * other processes, and writers of this process queued asynchronously (see `serializeLocalWrites`),
 * so every `db.transaction()` and write is safe to interleave with others on one event loop.
 *
 * `:memory:` becomes a private temporary file deleted on close: the libSQL client runs each
 * transaction on its own connection, and a second connection to `:memory:` is a different, empty
 * database, so a true in-memory database would lose every write made after the first transaction.
 *
 * @example
 * const { db, close } = await openDatabase({ url: 'file:/var/lib/signport/signport.db' });
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  let url = options.url;
  let temporaryDir: string | undefined;
  if (url === ':memory:' || url === 'file::memory:') {
    temporaryDir = mkdtempSync(join(tmpdir(), 'signport-db-'));
    url = `file:${join(temporaryDir, 'signport.db')}`;
  }
  const isFile = url.startsWith('file:');
  if (isFile)
    mkdirSync(dirname(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')), { recursive: true });

  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const client = createClient({ url, authToken: options.authToken, timeout: busyTimeoutMs });
  if (isFile) await client.execute('PRAGMA journal_mode = WAL');
  const db = drizzle(
    isFile ? serializeLocalWrites(client, { waitTimeoutMs: busyTimeoutMs }) : client,
    { schema },
  );
  return {
    db,
    async close() {
      client.close();
      if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true });
    },
  };
}
