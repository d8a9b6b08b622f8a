import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { serve } from '@hono/node-server';
import type { App } from '../../src/app-context.js';

/**
 * Serves `app` over real HTTP until the test ends, listening dual-stack on `::`, and answers its
 * IPv4 URL: the server then sees the client as the IPv4-mapped `::ffff:127.0.0.1`.
 */
export async function serveApp(t: TestContext, app: App): Promise<string> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '::' }, () =>
      resolve(listening),
    );
  });
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
