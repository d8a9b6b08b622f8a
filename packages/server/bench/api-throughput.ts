// The API's cost above its database floor on the hot reads of a signing day: `GET /v1/sessions/{id}`
// (embed token), `GET /v1/party` and the party's workroom poll on its 304 path (party token). Each
// is measured over real HTTP against `api-floor.ts`, a bare `node:http` + raw `@libsql/client`
// server answering the same bytes, in the same run, so the ratio is what the API's layers cost.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { embedTokenKey } from '../src/capabilities/embed-tokens/embed-token-key.js';
import { mintPartyLink } from '../src/capabilities/party/mint-party-link.js';
import { systemClock } from '../src/platform/clock.js';
import { startFloorServer } from './api-floor.js';
import { benchApp, createBenchSession } from './bench-app.js';
import { progress, round } from './timings.js';

/** Issue #20: each hot read stays within 1.5× of its floor. */
const MAX_RATIO = 1.5;
const CONNECTIONS = 10;
/**
 * Seconds per measured stretch. API and floor alternate in short stretches, and the ratio is the
 * median of each round's pair: a shared machine's speed drifts over seconds, and a pair measured
 * side by side drifts together.
 */
const STRETCH_SECONDS = 1.5;
const ROUNDS = 7;

interface Route {
  name: string;
  path: string;
  headers: Record<string, string>;
  status: number;
}

export async function benchApiThroughput() {
  const bench = await benchApp();
  const session = await createBenchSession(bench);
  const party = session.parties[0];
  if (!party) throw new Error('The bench session has no party.');
  const link = await mintPartyLink(
    { db: bench.db, clock: systemClock },
    { accountId: bench.accountId, sessionId: session.id, partyId: party.id, ttlDays: 30 },
  );
  const partyHeaders = { authorization: `Bearer ${link.token}` };
  // The party's first look is a write; the floor serves the looks after it.
  await bench.app.request('/v1/party', { headers: partyHeaders });
  const workroom = await bench.app.request('/v1/party/workroom', { headers: partyHeaders });
  const routes: Route[] = [
    {
      name: 'GET /v1/sessions/{id}',
      path: `/v1/sessions/${session.id}`,
      headers: { authorization: `Bearer ${bench.token}` },
      status: 200,
    },
    { name: 'GET /v1/party', path: '/v1/party', headers: partyHeaders, status: 200 },
    {
      name: 'GET /v1/party/workroom (304)',
      path: '/v1/party/workroom',
      headers: { ...partyHeaders, 'if-none-match': workroom.headers.get('etag') ?? '' },
      status: 304,
    },
  ];

  const api = await listen(bench.app.fetch);
  const floor = await startFloorServer({
    databaseUrl: bench.databaseUrl,
    secret: await embedTokenKey(bench.db, bench.config.secret)(),
    issuer: bench.config.publicUrl,
  });
  try {
    const results = [];
    for (const route of routes) {
      await assertSameAnswer(route, api.url, floor.url);
      const runs = { floor: [] as autocannon.Result[], api: [] as autocannon.Result[] };
      const urls = { floor: floor.url, api: api.url };
      for (const target of ['floor', 'api'] as const) await load(urls[target], route, 1); // warm-up
      for (let index = 1; index <= ROUNDS; index++) {
        for (const target of ['floor', 'api'] as const) {
          progress(`api: ${route.name} ${target} round ${index}/${ROUNDS}`);
          runs[target].push(await load(urls[target], route, STRETCH_SECONDS));
        }
      }
      const floorFigures = figures(runs.floor);
      const apiFigures = figures(runs.api);
      const ratio = median(
        runs.floor.map((floorRun, index) => {
          const apiRun = runs.api[index];
          if (!apiRun) throw new Error('Each round measures both.');
          return (
            floorRun.requests.total / floorRun.duration / (apiRun.requests.total / apiRun.duration)
          );
        }),
      );
      results.push({
        route: route.name,
        floor: floorFigures,
        api: apiFigures,
        ratio: Math.round(ratio * 100) / 100,
        withinBudget: ratio <= MAX_RATIO,
      });
    }
    return {
      connections: CONNECTIONS,
      secondsPerTarget: STRETCH_SECONDS * ROUNDS,
      maxRatio: MAX_RATIO,
      routes: results,
    };
  } finally {
    await Promise.all([api.close(), floor.close()]);
    await bench.close();
  }
}

/** The floor is only a floor if it answers what the API answers, byte for byte, headers included. */
async function assertSameAnswer(route: Route, apiUrl: string, floorUrl: string): Promise<void> {
  const [viaApi, viaFloor] = await Promise.all(
    [apiUrl, floorUrl].map(async (url) => {
      const response = await fetch(`${url}${route.path}`, { headers: route.headers });
      return {
        status: response.status,
        headers: comparable(response.headers),
        body: await response.text(),
      };
    }),
  );
  if (viaApi?.status !== route.status || viaFloor?.status !== route.status) {
    throw new Error(`${route.name}: API ${viaApi?.status}, floor ${viaFloor?.status}`);
  }
  if (viaApi.body !== viaFloor.body) {
    throw new Error(`${route.name}: the floor must answer the bytes the API answers.`);
  }
  if (viaApi.headers !== viaFloor.headers) {
    throw new Error(
      `${route.name}: the floor must send the API's headers.\nAPI:   ${viaApi.headers}\nfloor: ${viaFloor.headers}`,
    );
  }
}

/** Header names and values, but only the names of those that differ on every answer. */
function comparable(headers: Headers): string {
  const perAnswer = new Set(['date', 'x-request-id']);
  return [...headers]
    .map(([name, value]) => (perAnswer.has(name) ? name : `${name}: ${value}`))
    .sort()
    .join('; ');
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

async function load(baseUrl: string, route: Route, duration: number) {
  const result = await autocannon({
    url: `${baseUrl}${route.path}`,
    headers: route.headers,
    connections: CONNECTIONS,
    duration,
  });
  const expected = result.statusCodeStats?.[`${route.status}`]?.count ?? 0;
  if (expected !== result.requests.total || result.errors > 0) {
    throw new Error(
      `${route.name} on ${baseUrl}: ${result.requests.total - expected} answers not ${route.status}, ${result.errors} errors`,
    );
  }
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
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
