import type { Database, DbExecutor } from '../db/open-database.js';

/**
 * Runs a transaction that reads rows and then changes them. Kept for its callers; it is now just
 * `db.transaction(work)`: the database layer queues the writers of one process (see
 * `serializeLocalWrites`), and libSQL begins every such transaction with `BEGIN IMMEDIATE`, so across
 * processes the later one waits for the lock and then reads the committed state.
 *
 * @example
 * await writeTransaction(db, async (tx) => { … });
 */
export function writeTransaction<T>(
  db: Database,
  work: (tx: DbExecutor) => Promise<T>,
): Promise<T> {
  return db.transaction(work);
}
