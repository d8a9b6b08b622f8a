import { z } from 'zod';
import { ApiErrorBody } from './error.js';
import { SignatureImage } from './party.js';
import { singleLineText } from './text.js';

export const TextTagProblemSchema = z
  .object({
    tag: z
      .string()
      .meta({ description: 'The tag as written in the PDF', example: '{{signatur:buyer}}' }),
    page: z.int().meta({ description: 'The page it is on (1-based)' }),
    message: z.string().meta({ example: 'Unknown field type “signatur”' }),
  })
  .meta({ id: 'TextTagProblem' });

/** The 400 `invalid_text_tags` answer to an upload: the one error shape, with every faulty tag listed. */
export const TextTagsErrorBody = z
  .object({
    error: ApiErrorBody.shape.error.extend({
      tags: z
        .array(TextTagProblemSchema)
        .meta({ description: 'Every tag that could not become a field' }),
    }),
  })
  .meta({ id: 'TextTagsError' });
export type TextTagsErrorBody = z.infer<typeof TextTagsErrorBody>;

/** `POST /v1/party/initial-all`: one initials image for every initials field of the party. */
export const InitialAllRequest = z
  .object({
    initials: SignatureImage,
    confirm: z.literal(true).meta({
      description: 'The party confirmed that these initials go on every initials field of theirs',
    }),
  })
  .meta({ id: 'InitialAllRequest' });
export type InitialAllRequest = z.infer<typeof InitialAllRequest>;

export const InitialAllOutcome = z
  .object({
    fieldIds: z.array(singleLineText()).meta({ description: 'The initials fields filled' }),
    savedAt: singleLineText(),
  })
  .meta({ id: 'InitialAllOutcome' });
export type InitialAllOutcome = z.infer<typeof InitialAllOutcome>;
