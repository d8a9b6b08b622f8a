import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema with `pnpm db:generate` and committed; the server applies them at start.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/platform/db/schema/index.ts',
  out: './drizzle',
});
