import { OpenAPIHono } from '@hono/zod-openapi';
import type { App } from '../app-context.js';
import type { AppEnv } from '../platform/http/app-env.js';
import { validationError } from '../platform/errors/validation-error.js';

/**
 * An app for one resource's routes, validating like every other: a refused input is a 400
 * `validation_failed` naming the field. Mount it with `app.route(prefix, router)`.
 */
export function createRouter(): App {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}
