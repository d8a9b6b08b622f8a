import { z } from 'zod';
import { singleLineText } from './text.js';

export const Health = z
  .object({ status: z.literal('ok'), version: singleLineText() })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
