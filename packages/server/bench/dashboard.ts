// An assistant's dashboard: `GET /v1/sessions?as=all` across 50 principals with 100k sessions,
// the first page and a page deep in the list (by cursor).
import { eq } from 'drizzle-orm';
import { sessionParties, signingSessions } from '../src/platform/db/schema/index.js';
import { newId } from '../src/platform/ids.js';
import { encodeCursor } from '../src/platform/http/page-cursor.js';
import { bearer, json } from '../test/support/test-server.js';
import { benchApp, createBenchSession, type BenchApp } from './bench-app.js';
import { measure, progress } from './timings.js';

const SESSIONS = 100_000;
const PRINCIPALS = 50;
const ROWS_PER_INSERT = 250;
const RUNS = 30;
const WARMUP = 3;

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
 * Copies of one real session, spread over the principals and a year, inserted in batches inside
 * transactions. Returns the cursor position halfway down the newest-first list.
 */
async function seedSessions(bench: BenchApp, principals: string[]) {
  const session = await createBenchSession(bench);
  const [row] = await bench.db
    .select()
    .from(signingSessions)
    .where(eq(signingSessions.id, session.id));
  const parties = await bench.db
    .select()
    .from(sessionParties)
    .where(eq(sessionParties.sessionId, session.id));
  if (!row) throw new Error('the seed session is missing');
  progress(
    `dashboard: ${Math.round(JSON.stringify(row.template).length / 1024)} KB of template per session`,
  );
  const newest = Date.now();
  let deep = { at: new Date(0), id: '' };
  for (let start = 0; start < SESSIONS; start += ROWS_PER_INSERT) {
    if (start % 10_000 === 0) progress(`dashboard: seeding ${start}/${SESSIONS}`);
    const batch = Array.from(
      { length: Math.min(ROWS_PER_INSERT, SESSIONS - start) },
      (_, offset) => {
        const index = start + offset;
        const at = new Date(newest - index * 315_000);
        const senderId = principals[index % principals.length] ?? row.senderId;
        return {
          ...row,
          id: newId('ses'),
          senderId,
          initiatorId: senderId,
          createdAt: at,
          updatedAt: at,
          sentAt: at,
        };
      },
    );
    const middle = batch.find((_, offset) => start + offset === SESSIONS / 2);
    if (middle) deep = { at: middle.createdAt, id: middle.id };
    await bench.db.transaction(async (tx) => {
      await tx.insert(signingSessions).values(batch);
      await tx
        .insert(sessionParties)
        .values(
          batch.flatMap((copy) =>
            parties.map((party) => ({ ...party, id: newId('pty'), sessionId: copy.id })),
          ),
        );
    });
  }
  return deep;
}
