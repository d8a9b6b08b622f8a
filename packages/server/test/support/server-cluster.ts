import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServerProcess, type ServerProcess } from './child-process.js';

export interface ServerCluster {
  /** The round-robin proxy in front of every process: send every request here. */
  url: string;
  /** Requests each process answered, in start order. */
  served: number[];
  /** Stops the proxy and kills every process. */
  close(): Promise<void>;
}

/**
 * `processes` real server processes (src/main.ts) sharing `env` (hence one DATABASE_URL) behind a
 * round-robin HTTP proxy: consecutive requests, even from one client, go to different processes.
 */
export async function startServerCluster(
  processes: number,
  env: Record<string, string>,
): Promise<ServerCluster> {
  // The first alone applies the migrations and creates the sealing key; the others find them.
  const servers: ServerProcess[] = [];
  const start = async () => {
    servers.push(await startServerProcess({ ...env, PORT: '0' }));
  };
  try {
    await start();
    await Promise.all(Array.from({ length: processes - 1 }, start));
  } catch (error) {
    await Promise.all(servers.map((server) => server.kill()));
    throw error;
  }
  const upstreams = servers.map((server) => new URL(server.url));
  const served = upstreams.map(() => 0);
  let next = 0;

  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const index = next++ % upstreams.length;
    const upstream = upstreams[index] as URL;
    served[index] = (served[index] ?? 0) + 1;
    const proxied = request(
      {
        // A connection per request: a kept-alive one may be closed by the server as it is reused.
        agent: false,
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on('error', (error) => {
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`proxy: ${error.message}`);
    });
    incoming.pipe(proxied);
  };
  const proxy = createServer(forward);
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    served,
    async close() {
      await new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      });
      await Promise.all(servers.map((server) => server.kill()));
    },
  };
}
