// The API's overhead on an authenticated read: `GET /v1/sessions/{id}` with an embed token against
// a bare Hono route that reads and answers the same session with the same queries, without the
// API's layers (auth, CORS, security headers, request log, validation), both over real HTTP in
// this process, in one run. The bare route reading the database too is what makes the ratio the
// API's overhead rather than the database's cost (docs/decisions.md).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { embedTokenKey } from '../src/capabilities/embed-tokens/embed-token-key.js';
import { verifyEmbedToken } from '../src/capabilities/embed-tokens/verify-embed-token.js';
import { findSenderSession } from '../src/capabilities/sessions/find-sender-session.js';
import { toSessionResponse } from '../src/capabilities/sessions/to-session-response.js';
import { benchApp, createBenchSession } from './bench-app.js';
import { progress, round } from './timings.js';

/** Design §3: an authenticated read stays within 2× a bare Hono route. */
const MAX_RATIO = 2;
const CONNECTIONS = 10;
/** Seconds per measured stretch; the two targets alternate so that a busy machine slows both alike. */
const STRETCH_SECONDS = 5;
const ROUNDS = 2;

export async function benchApiThroughput() {
  const bench = await benchApp();
  const session = await createBenchSession(bench);
  const path = `/v1/sessions/${session.id}`;
  const headers = { authorization: `Bearer ${bench.token}` };
  const { db, config } = bench;
  const signer = { getKey: embedTokenKey(db, config.secret), issuer: config.publicUrl };
  const principal = await verifyEmbedToken({ db, signer, clock: () => new Date() }, bench.token);
  const bare = new Hono().get(path, async (c) =>
    c.json((await toSessionResponse(db, [await findSenderSession(db, principal, session.id)]))[0]),
  );
  const [viaApi, viaBare] = await Promise.all([
    Promise.resolve(bench.app.request(path, { headers })).then((response) => response.text()),
    Promise.resolve(bare.request(path)).then((response) => response.text()),
  ]);
  if (viaApi !== viaBare) throw new Error('The bare route must answer what the API answers.');

  const api = await listen(bench.app.fetch);
  const plain = await listen(bare.fetch);
  try {
    const targets = {
      bare: { url: `${plain.url}${path}`, runs: [] as autocannon.Result[] },
      api: { url: `${api.url}${path}`, runs: [] as autocannon.Result[] },
    };
    for (const target of Object.values(targets)) await load(target.url, headers, 1); // warm-up
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, target] of Object.entries(targets)) {
        progress(`api: ${name} round ${round}/${ROUNDS}`);
        target.runs.push(await load(target.url, headers, STRETCH_SECONDS));
      }
    }
    const bareFigures = figures(targets.bare.runs);
    const apiFigures = figures(targets.api.runs);
    const ratio =
      Math.round((bareFigures.requestsPerSecond / apiFigures.requestsPerSecond) * 100) / 100;
    return {
      route: 'GET /v1/sessions/{id}',
      connections: CONNECTIONS,
      seconds: STRETCH_SECONDS * ROUNDS,
      bare: bareFigures,
      api: apiFigures,
      ratio,
      maxRatio: MAX_RATIO,
      withinBudget: ratio <= MAX_RATIO,
    };
  } finally {
    await Promise.all([api.close(), plain.close()]);
    await bench.close();
  }
}

async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch, port: 0 }, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

async function load(url: string, headers: Record<string, string>, duration: number) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

function figures(runs: autocannon.Result[]) {
  const requests = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0);
  const worst = (pick: (run: autocannon.Result) => number) => Math.max(...runs.map(pick));
  return {
    requests,
    requestsPerSecond: Math.round(requests / seconds),
    // Per stretch percentiles; the slower stretch is reported.
    latencyP50Ms: round(worst((run) => run.latency.p50)),
    latencyP99Ms: round(worst((run) => run.latency.p99)),
  };
}
