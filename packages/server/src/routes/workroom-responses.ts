import { z } from 'zod';
import { singleLineText, Workroom } from '@signport/core';

// What both sides of the workroom document alike: polling, the 200/304 answers, If-None-Match.
export const workroomPolling =
  'Poll it with `If-None-Match` set to the last `ETag`: 304 (no body) until something changes. ' +
  'Every party sees the others’ names, status and progress as counts, never their values.';

export const workroomResponses = {
  200: {
    description: 'The workroom, with its `ETag`',
    headers: z.object({
      ETag: singleLineText().meta({ description: 'Send it back as If-None-Match' }),
    }),
    content: { 'application/json': { schema: Workroom } },
  },
  304: { description: 'Nothing changed since the `If-None-Match` ETag' },
};

export const workroomConditional = z.object({
  'if-none-match': singleLineText()
    .max(1000)
    .optional()
    .meta({ description: 'The last ETag received' }),
});
