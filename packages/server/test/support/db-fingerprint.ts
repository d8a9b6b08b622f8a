import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/open-database.js';

/**
 * Tables a refused request may legitimately write, left out of every fingerprint:
 * - `__drizzle_migrations`: migration bookkeeping, never touched by a request;
 * - `rate_limit_hits`, `login_throttles`: counters that refused attempts are meant to bump;
 * - `idempotency_keys`: a keyed request of a verified caller keeps its answer, even a 4xx, so a
 *   retry gets the same one; the key row is the contract, not a state change of the tenant.
 */
export const TECHNICAL_TABLES = [
  '__drizzle_migrations',
  'rate_limit_hits',
  'login_throttles',
  'idempotency_keys',
];

/** Table name → row count and a hash of its content. */
export type Fingerprint = Record<string, string>;

interface TableInfo {
  name: string;
  hasAccountId: boolean;
  hasId: boolean;
  /** What a fingerprint reads: every column, blobs by length only (they are write-once files). */
  selectList: string;
}

// The schema does not change while a suite runs; reading it once keeps fingerprints cheap.
const tablesByDb = new WeakMap<Database, Promise<TableInfo[]>>();

function tablesOf(db: Database): Promise<TableInfo[]> {
  let tables = tablesByDb.get(db);
  if (!tables) {
    tables = readTables(db);
    tablesByDb.set(db, tables);
  }
  return tables;
}

async function readTables(db: Database): Promise<TableInfo[]> {
  const tables = (await db.all(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  )) as { name: string }[];
  const result: TableInfo[] = [];
  for (const { name } of tables) {
    if (TECHNICAL_TABLES.includes(name)) continue;
    const columns = (await db.all(sql.raw(`pragma table_info("${name}")`))) as {
      name: string;
      type: string;
    }[];
    result.push({
      name,
      hasAccountId: columns.some((column) => column.name === 'account_id'),
      hasId: columns.some((column) => column.name === 'id'),
      selectList: columns
        .map(({ name: column, type }) =>
          /blob/i.test(type) ? `length("${column}")` : `"${column}"`,
        )
        .join(', '),
    });
  }
  return result;
}

/**
 * A fingerprint of the database, every table found at run time (so tables added later are
 * covered) but the technical ones; with `accountId`, only that account's rows (its `accounts` row
 * and every row carrying its `account_id`). One statement reads every table as JSON, in rowid order.
 */
export async function dbFingerprint(db: Database, accountId?: string): Promise<Fingerprint> {
  const account = accountId === undefined ? undefined : `'${accountId.replace(/'/g, "''")}'`;
  const parts: { table: string; expression: string }[] = [];
  for (const table of await tablesOf(db)) {
    let where = '';
    if (account !== undefined) {
      if (table.hasAccountId) where = `where account_id = ${account}`;
      else if (table.name === 'accounts') where = `where id = ${account}`;
      else continue;
    }
    parts.push({
      table: table.name,
      expression: `(select count(*) || ':' || coalesce(json_group_array(json_array(${table.selectList})), '') from (select * from "${table.name}" ${where} order by rowid))`,
    });
  }
  const [row] = (await db.values(
    sql.raw(`select ${parts.map((part) => part.expression).join(', ')}`),
  )) as unknown[][];
  const fingerprint: Fingerprint = {};
  parts.forEach(({ table }, index) => {
    const content = String(row?.[index]);
    const [count] = content.split(':', 1);
    fingerprint[table] =
      `${count} rows, ${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
  });
  return fingerprint;
}

/**
 * Every `id` of the account's rows: what no other tenant's answer may contain. With `tables`, only
 * the rows of those tables (e.g. what one agent owns, that another agent of the account may not see).
 */
export async function idsOfAccount(
  db: Database,
  accountId: string,
  tables?: string[],
): Promise<Set<string>> {
  const ids = new Set<string>(tables ? [] : [accountId]);
  for (const table of await tablesOf(db)) {
    if (!table.hasAccountId || !table.hasId) continue;
    if (tables && !tables.includes(table.name)) continue;
    const rows = (await db.all(
      sql.raw(
        `select id from "${table.name}" where account_id = '${accountId.replace(/'/g, "''")}'`,
      ),
    )) as { id: unknown }[];
    for (const { id } of rows) if (typeof id === 'string' && id.length >= 8) ids.add(id);
  }
  return ids;
}

/** The tables whose fingerprint differs, with both values. */
export function fingerprintChanges(
  before: Fingerprint,
  after: Fingerprint,
): { table: string; before?: string; after?: string }[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables]
    .filter((table) => before[table] !== after[table])
    .map((table) => ({ table, before: before[table], after: after[table] }));
}
