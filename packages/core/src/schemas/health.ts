import { z } from 'zod';
import { singleLineText } from './text.js';

export const Health = z
  .object({
    status: z.literal('ok'),
    version: singleLineText(),
    pdfWorker: z.enum(['ready', 'starting']).meta({
      description:
        '`ready` once a PDF worker holds the finalization code and fonts: the server started with ' +
        '`startServer` answers only then, so the first completion is as fast as later ones.',
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
