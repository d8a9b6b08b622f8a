import type { TestContext } from 'node:test';
import type { App } from '../../src/app-context.js';
import { serveOverHttp } from './http-server.js';

/**
 * Serves `app` over real HTTP until the test ends, listening dual-stack on `::`, and answers its
 * IPv4 URL: the server then sees the client as the IPv4-mapped `::ffff:127.0.0.1`.
 */
export async function serveApp(t: TestContext, app: App): Promise<string> {
  const server = await serveOverHttp(app);
  t.after(() => server.close());
  return server.url;
}
