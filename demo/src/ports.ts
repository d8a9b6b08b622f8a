import { createServer } from 'node:net';

/** Asks the OS for a port nobody listens on (used when a caller passes port 0). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Fails clearly when something already listens on `port`: otherwise a leftover API from an earlier
 * run would answer the health check and the demo would talk to the wrong server.
 */
export function assertPortFree(port: number, envName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use. Stop what runs there or set ${envName} to another port.`,
            )
          : error,
      );
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** Reads a port from the environment, with a clear message for a typo. */
export function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number between 0 and 65535, not "${value}".`);
  }
  return port;
}
