import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../platform/http/app-env.js';
import type { Logger } from '../platform/logger.js';

export interface RequestLogOptions {
  logger: Logger;
}

/**
 * Writes one structured line per request once it is answered: id, method, path, status, ms.
 * Mount after `requestId()` so the line carries the id.
 *
 * @example
 * app.use(requestId(), requestLog({ logger: createJsonLogger() }));
 * // {"time":"…","level":"info","msg":"request","requestId":"…","method":"GET","path":"/healthz","status":200,"ms":0.4}
 */
export function requestLog({ logger }: RequestLogOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  });
}
