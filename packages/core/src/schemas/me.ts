import { z } from 'zod';
import { User } from './user.js';

export const Me = z
  .object({
    user: User,
    account: z.object({ id: z.string(), name: z.string() }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
