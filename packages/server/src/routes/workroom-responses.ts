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

/**
 * `If-None-Match`, documented but not run through a validator: a value that is not one of our ETags
 * simply does not match, and the answer is the 200 (RFC 9110 §13.1.2), so there is nothing to
 * refuse. Every open signing screen polls, and parsing all headers for this one costs more than the
 * poll's own database reads.
 */
export const ifNoneMatchParameter = {
  in: 'header',
  name: 'If-None-Match',
  required: false,
  description: 'The last ETag received',
  schema: { type: 'string' },
} as const;
