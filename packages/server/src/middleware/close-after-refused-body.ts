import { createMiddleware } from 'hono/factory';

/**
 * A 413 is answered before the rest of the body was read: those unread bytes would be taken for the
 * next request on a kept-alive connection. `Connection: close` tells the client, and Node closes it.
 */
export const closeAfterRefusedBody = createMiddleware(async (c, next) => {
  await next();
  if (c.res.status === 413) c.header('Connection', 'close');
});
