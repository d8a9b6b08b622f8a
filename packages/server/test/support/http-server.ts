import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve } from '@hono/node-server';
import type { App } from '../../src/app-context.js';

export interface HttpServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `app` over real HTTP on a free port, in this process (so a blocked event loop shows),
 * listening dual-stack on `::`; `url` is the IPv4 one, so the server sees `::ffff:127.0.0.1`.
 */
export async function serveOverHttp(app: App): Promise<HttpServer> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '::' }, () =>
      resolve(listening),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** `POST /v1/templates` over HTTP with a multipart body. */
export function uploadOverHttp(url: string, token: string, pdf: Uint8Array, name = 'Upload') {
  const form = new FormData();
  form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'upload.pdf');
  form.set('name', name);
  return fetch(`${url}/v1/templates`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

/**
 * Asks `/healthz` one request after another (with `pauseMs` between) until `work` settles, and
 * returns each answer's time in ms: what any other client waits while the work runs.
 */
export async function healthLatenciesDuring(
  url: string,
  work: Promise<unknown>,
  pauseMs = 10,
): Promise<number[]> {
  let settled = false;
  const done = work.then(
    () => (settled = true),
    () => (settled = true),
  );
  const latencies: number[] = [];
  while (!settled) {
    const started = performance.now();
    const res = await fetch(`${url}/healthz`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
    latencies.push(performance.now() - started);
    await sleep(pauseMs);
  }
  await done;
  return latencies;
}

/**
 * A real HTTP server on a free port, known before the app exists (its URL goes into the app's
 * PUBLIC_URL): `handle` is set once the app is built. Closed when the test ends.
 */
export async function startHttpServer(t: Pick<TestContext, 'after'>): Promise<{
  url: string;
  handle(fetch: (request: Request) => Response | Promise<Response>): void;
}> {
  let handler: ((request: Request) => Response | Promise<Response>) | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve(
      {
        fetch: (request) => handler?.(request) ?? new Response('Not ready', { status: 503 }),
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(listening),
    );
  });
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle: (fetch) => {
      handler = fetch;
    },
  };
}
