import { z } from 'zod';
import { singleLineText } from './text.js';

/** `GET /v1/origin-check`: whether the calling page's origin may use this server's API at all. */
export const OriginCheck = z
  .object({
    origin: singleLineText()
      .nullable()
      .meta({ description: 'The `Origin` the browser sent; null when it sent none (same origin)' }),
    allowed: z.boolean().meta({
      description:
        'Whether the origin is on the allowed origins of some account of this server (or is the server itself)',
    }),
  })
  .meta({ id: 'OriginCheck' });
export type OriginCheck = z.infer<typeof OriginCheck>;
