import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForeignSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * A page on an origin that is NOT on the account's allowlist, holding a perfectly valid embed
 * token and calling `GET /v1/me` with it, as a site that stole or was handed a token would.
 */
export function serveForeignSite(apiUrl: string, token: string): Promise<ForeignSite> {
  const page = `<!doctype html><title>Elsewhere</title>
<script type="module">
  window.meResult = fetch(${JSON.stringify(`${apiUrl}/v1/me`)}, {
    headers: { authorization: ${JSON.stringify(`Bearer ${token}`)} },
  }).then((response) => 'answered ' + response.status, (error) => 'rejected: ' + error.name);
</script>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((resolve) => {
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://localhost:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
