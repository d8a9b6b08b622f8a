import { fileURLToPath } from 'node:url';
import { migrate as runMigrations } from 'drizzle-orm/libsql/migrator';
import type { Database } from './open-database.js';

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Applies the committed drizzle-kit migrations that the database has not seen yet. */
export async function migrate(db: Database): Promise<void> {
  await runMigrations(db, { migrationsFolder });
}
