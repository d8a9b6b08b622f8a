import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { serve } from '@hono/node-server';

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
