/**
 * A hot query built once per database handle (the database, or a transaction while it lasts) instead
 * of on every call: drizzle then skips rebuilding the SQL text and its column mapping each time.
 * Values go in as `sql.placeholder(name)`.
 *
 * @example
 * const linkByHash = preparedQuery((db: DbExecutor) =>
 *   db.select().from(partyLinks).where(eq(partyLinks.tokenHash, sql.placeholder('hash'))).prepare());
 * const [link] = await linkByHash(db).all({ hash });
 */
export function preparedQuery<Db extends object, Query>(
  prepare: (db: Db) => Query,
): (db: Db) => Query {
  const prepared = new WeakMap<Db, Query>();
  return (db) => {
    let query = prepared.get(db);
    if (!query) {
      query = prepare(db);
      prepared.set(db, query);
    }
    return query;
  };
}
