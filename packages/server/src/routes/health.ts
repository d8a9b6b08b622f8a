import { createRoute } from '@hono/zod-openapi';
import { Health } from '@signport/core';
import type { App } from '../app-context.js';
import { pdfWorkerReady } from '../platform/pdf/warm-pdf-worker.js';
import { serverVersion } from '../platform/version.js';
import { createRouter } from './create-router.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['System'],
  summary: 'Liveness check',
  description:
    'Answers while the process serves requests; for load balancer health checks. A server listens only once its PDF worker is ready.',
  responses: {
    200: { description: 'The server is up', content: { 'application/json': { schema: Health } } },
  },
});

export function healthRoutes(): App {
  const app = createRouter();
  app.openapi(healthRoute, (c) =>
    c.json(
      {
        status: 'ok' as const,
        version: serverVersion,
        pdfWorker: pdfWorkerReady() ? ('ready' as const) : ('starting' as const),
      },
      200,
    ),
  );
  return app;
}
