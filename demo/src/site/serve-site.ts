import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Hono } from 'hono';

export interface ServedSite {
  close(): Promise<void>;
}

/** Listens on `port`; `close()` also drops the browser's idle keep-alive connections. */
export function serveSite(app: Hono, port: number): Promise<ServedSite> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port }) as Server;
    server.once('error', reject);
    server.once('listening', () =>
      resolve({
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
