// An assistant's dashboard: `GET /v1/sessions?as=all` across 50 principals with 100k sessions,
// the first page and a page deep in the list (by cursor).
import { desc, eq, sql } from 'drizzle-orm';
import { signingSessions } from '../src/platform/db/schema/index.js';
import { encodeCursor } from '../src/platform/http/page-cursor.js';
import { bearer, json } from '../test/support/test-server.js';
import { benchApp, createBenchSession, type BenchApp } from './bench-app.js';
import { measure, progress } from './timings.js';

const SESSIONS = 100_000;
const PRINCIPALS = 50;
const RUNS = 200;
const WARMUP = 10;

export async function benchDashboard() {
  const bench = await benchApp();
  try {
    const assistant = await seedPrincipals(bench);
    const seedStarted = performance.now();
    const deep = await seedSessions(bench, assistant.principals);
    const seedMs = Math.round(performance.now() - seedStarted);
    const list = async (query: string) => {
      const res = await bench.app.request(`/v1/sessions?as=all${query}`, {
        headers: bearer(assistant.token),
      });
      if (res.status !== 200) throw new Error(`list: ${res.status} ${await res.text()}`);
      return (await res.json()) as { items: unknown[] };
    };
    const deepCursor = `&cursor=${encodeCursor(deep)}`;
    if ((await list(deepCursor)).items.length === 0) throw new Error('the deep page is empty');
    progress('dashboard: listing');
    const first = await measure(RUNS, WARMUP, () => list(''));
    const deepPage = await measure(RUNS, WARMUP, () => list(deepCursor));
    return {
      sessions: SESSIONS,
      principals: PRINCIPALS,
      seedMs,
      firstPage: { p50Ms: first.p50Ms, p95Ms: first.p95Ms },
      deepPage: { position: SESSIONS / 2, p50Ms: deepPage.p50Ms, p95Ms: deepPage.p95Ms },
    };
  } finally {
    await bench.close();
  }
}

/** 50 senders who each let one assistant send for them, and the assistant's embed token. */
async function seedPrincipals({ app, secretKey }: BenchApp) {
  const call = async (method: string, path: string, body: unknown) => {
    const res = await app.request(path, json(method, body, bearer(secretKey)));
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string; token: string }>;
  };
  const assistant = await call('PUT', '/v1/users/assistant', {
    name: 'Ann Assistant',
    email: 'ann@bench.test',
  });
  const principals: string[] = [];
  for (let index = 0; index < PRINCIPALS; index++) {
    const principal = await call('PUT', `/v1/users/agent-${index}`, {
      name: `Agent ${index}`,
      email: `agent${index}@bench.test`,
    });
    await call('POST', '/v1/delegations', {
      assistantId: assistant.id,
      principalId: principal.id,
      scopes: ['send'],
    });
    principals.push(principal.id);
  }
  const { token } = await call('POST', '/v1/embed-tokens', { externalId: 'assistant' });
  return { token, principals };
}

/**
 * Copies of one real session, spread over the principals and a year, made inside SQLite (one
 * statement per table: seeding through the API took most of the section's time). Returns the
 * cursor position halfway down the newest-first list.
 */
async function seedSessions(bench: BenchApp, principals: string[]) {
  const session = await createBenchSession(bench);
  const [row] = await bench.db
    .select({ size: sql<number>`length(${signingSessions.template})` })
    .from(signingSessions)
    .where(eq(signingSessions.id, session.id));
  if (!row) throw new Error('the seed session is missing');
  progress(`dashboard: ${Math.round(row.size / 1024)} KB of template per session`);
  const newest = Date.now();
  await bench.db.transaction(async (tx) => {
    await tx.run(sql`CREATE TEMP TABLE bench_principals (n INTEGER PRIMARY KEY, id TEXT NOT NULL)`);
    for (const [n, id] of principals.entries())
      await tx.run(sql`INSERT INTO bench_principals VALUES (${n}, ${id})`);
    // Every column of the seed session, with a new id, sender, and time 5¼ minutes apart.
    await tx.run(sql`
      INSERT INTO signing_sessions (id, account_id, template_id, template_name, template, mode,
        status, sender_id, initiator_id, message, locked_field_ids, created_at, updated_at, sent_at,
        completed_at, expires_at, final_blob_id, original_sha256, final_sha256)
      WITH RECURSIVE copies(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM copies WHERE n < ${SESSIONS - 1})
      SELECT 'ses_' || lower(hex(randomblob(16))), s.account_id, s.template_id, s.template_name,
        s.template, s.mode, s.status, p.id, p.id, s.message, s.locked_field_ids,
        ${newest} - copies.n * 315000, ${newest} - copies.n * 315000, ${newest} - copies.n * 315000,
        s.completed_at, s.expires_at, s.final_blob_id, s.original_sha256, s.final_sha256
      FROM copies
      JOIN signing_sessions s ON s.id = ${session.id}
      JOIN bench_principals p ON p.n = copies.n % ${principals.length}`);
    await tx.run(sql`
      INSERT INTO session_parties (id, account_id, session_id, position, role, name, email,
        user_id, status, invited_at, viewed_at, completed_at, declined_at, decline_reason, locale,
        consent_version, consent_sha256, consented_at, ip, user_agent)
      SELECT 'pty_' || lower(hex(randomblob(16))), party.account_id, copy.id, party.position,
        party.role, party.name, party.email, party.user_id, party.status, party.invited_at,
        party.viewed_at, party.completed_at, party.declined_at, party.decline_reason, party.locale,
        party.consent_version, party.consent_sha256, party.consented_at, party.ip, party.user_agent
      FROM signing_sessions copy
      JOIN session_parties party ON party.session_id = ${session.id}
      WHERE copy.id <> ${session.id}`);
    await tx.run(sql`DROP TABLE bench_principals`);
  });
  // A database in service does not carry 1.5 GB of just-written pages in its WAL: fold them in
  // before timing, as a quiet moment's checkpoint would.
  await bench.db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  const [deep] = await bench.db
    .select({ at: signingSessions.createdAt, id: signingSessions.id })
    .from(signingSessions)
    .orderBy(desc(signingSessions.createdAt), desc(signingSessions.id))
    .limit(1)
    .offset(SESSIONS / 2);
  if (!deep) throw new Error('the seeded list is short');
  return deep;
}
