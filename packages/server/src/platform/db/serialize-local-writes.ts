import {
  LibsqlError,
  type Client,
  type InArgs,
  type InStatement,
  type Transaction,
  type TransactionMode,
} from '@libsql/client';
import { createWriteLock } from './create-write-lock.js';

export interface SerializeLocalWritesOptions {
  /** How long a write waits for another writer of this process (ms) before failing with `SQLITE_BUSY`. */
  waitTimeoutMs: number;
}

/**
 * Wraps a local (file) libSQL client so that writers of this process take turns asynchronously.
 *
 * The local driver runs each transaction on its own connection and waits for SQLite's write lock
 * synchronously. A second writer would freeze the event loop while the first one, holding the lock,
 * waits for that same loop to continue, until the busy timeout fails it. Here every transaction
 * (from begin until commit, rollback or close) and every statement that may write queue on one
 * lock instead; plain reads pass straight through and run beside an open transaction (WAL).
 * Writers in other processes are still waited for with SQLite's busy timeout.
 *
 * @example
 * const db = drizzle(serializeLocalWrites(createClient({ url }), { waitTimeoutMs: 5000 }), { schema });
 */
export function serializeLocalWrites(client: Client, options: SerializeLocalWritesOptions): Client {
  const lock = createWriteLock(options.waitTimeoutMs);

  /**
   * A statement that failed with SQLITE_BUSY (another process held the lock past the timeout) stays
   * in progress on the shared connection, and that connection's later writes would never commit
   * (tursodatabase/libsql-client-ts#352): it is replaced by a fresh one.
   */
  async function onSharedConnection<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof LibsqlError && error.code === 'SQLITE_BUSY') client.reconnect();
      throw error;
    }
  }

  async function whileLocked<T>(work: () => Promise<T>): Promise<T> {
    const release = await lock.acquire();
    try {
      return await onSharedConnection(work);
    } finally {
      release();
    }
  }

  function execute(stmtOrSql: InStatement | string, args?: InArgs) {
    const run = () =>
      typeof stmtOrSql === 'string' ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql);
    return isRead(typeof stmtOrSql === 'string' ? stmtOrSql : stmtOrSql.sql)
      ? onSharedConnection(run)
      : whileLocked(run);
  }

  return {
    execute,
    batch: (stmts, mode) => whileLocked(() => client.batch(stmts, mode)),
    migrate: (stmts) => whileLocked(() => client.migrate(stmts)),
    executeMultiple: (sql) => whileLocked(() => client.executeMultiple(sql)),
    async transaction(mode?: TransactionMode) {
      if (mode === 'read') return client.transaction(mode);
      const release = await lock.acquire();
      try {
        // The transaction begins on the shared connection, which it then takes for its own.
        return releasingWhenEnded(
          await onSharedConnection(() => client.transaction(mode)),
          release,
        );
      } catch (error) {
        release();
        throw error;
      }
    },
    sync: () => client.sync(),
    close: () => client.close(),
    reconnect: () => client.reconnect(),
    get closed() {
      return client.closed;
    },
    get protocol() {
      return client.protocol;
    },
  };
}

/** Only a plain SELECT is certain not to write; anything else (WITH, PRAGMA, DML, DDL) takes the lock. */
function isRead(sql: string): boolean {
  return /^\s*select\b/i.test(sql);
}

function releasingWhenEnded(tx: Transaction, release: () => void): Transaction {
  return {
    execute: (stmt) => tx.execute(stmt),
    batch: (stmts) => tx.batch(stmts),
    executeMultiple: (sql) => tx.executeMultiple(sql),
    async commit() {
      try {
        await tx.commit();
      } finally {
        // A failed commit leaves the transaction open until the rollback that follows it.
        if (tx.closed) release();
      }
    },
    async rollback() {
      try {
        await tx.rollback();
      } finally {
        release();
      }
    },
    close() {
      try {
        tx.close();
      } finally {
        release();
      }
    },
    get closed() {
      return tx.closed;
    },
  };
}
