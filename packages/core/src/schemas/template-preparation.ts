import { z } from 'zod';
import { ApiErrorBody } from './error.js';
import { SignatureImage } from './party.js';
import { singleLineText } from './text.js';
import { FieldRect, RoleKey } from './template.js';

/**
 * A template option: the initials of each listed role on every page, at one position per role. It is
 * expanded into ordinary initials fields (`buyer_initials_p1`, `buyer_initials_p2`, …) when the
 * template is made, so the parties, their values and the sealed PDF see plain fields.
 */
export const InitialsOnEveryPage = z
  .array(z.object({ role: RoleKey, rect: FieldRect }))
  .max(20)
  .meta({
    id: 'InitialsOnEveryPage',
    description:
      'For each role, where its initials go on every page (fractions of the page, top-left origin)',
    example: [{ role: 'buyer', rect: { x: 0.7, y: 0.94, width: 0.08, height: 0.03 } }],
  });
export type InitialsOnEveryPage = z.infer<typeof InitialsOnEveryPage>;

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
