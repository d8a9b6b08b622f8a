import { z } from 'zod';
import { singleLineText } from './text.js';
import { User } from './user.js';

export const Me = z
  .object({
    user: User,
    account: z.object({ id: singleLineText(), name: singleLineText() }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
