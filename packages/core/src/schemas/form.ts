import { z } from 'zod';
import { singleLineText } from './text.js';
import { fieldLimits } from '../rules/field-model.js';
import { PARTY_NAME_MAX_LENGTH } from '../rules/next-party-routing.js';
import { EmailAddress } from './common.js';
import { SessionMessage } from './session.js';
import { FieldId, FieldValues, TemplateRole } from './template.js';

/** `GET /v1/forms/{slug}`: what anyone may know about a public web form. */
export const PublicForm = z
  .object({
    slug: singleLineText(),
    title: singleLineText(),
    roles: z.array(TemplateRole).meta({ description: 'Whoever opens the form fills the first' }),
    published: z.boolean(),
  })
  .meta({ id: 'PublicForm' });
export type PublicForm = z.infer<typeof PublicForm>;

/**
 * `POST /v1/forms/{slug}/sessions`. `website` is a honeypot: people never see it, so a value there
 * means a robot filled the form.
 */
export const StartFormSessionRequest = z
  .object({
    website: singleLineText()
      .max(1000)
      .optional()
      .meta({ description: 'Leave empty: a hidden field that only robots fill' }),
  })
  .meta({ id: 'StartFormSessionRequest' });
export type StartFormSessionRequest = z.input<typeof StartFormSessionRequest>;

/** A started passive session: the party token works with every `/v1/party` route. */
export const FormSessionStarted = z
  .object({
    token: singleLineText().meta({ description: 'The party token of whoever opened the form' }),
    expiresAt: singleLineText().meta({ description: 'ISO 8601' }),
  })
  .meta({ id: 'FormSessionStarted' });
export type FormSessionStarted = z.infer<typeof FormSessionStarted>;

/** `PUT /v1/party/contact`: a web-form party tells who they are, to be sent a link to resume. */
export const PartyContactRequest = z
  .object({ name: singleLineText().trim().min(1).max(PARTY_NAME_MAX_LENGTH), email: EmailAddress })
  .meta({ id: 'PartyContactRequest' });
export type PartyContactRequest = z.input<typeof PartyContactRequest>;

/** `PATCH /v1/sessions/{id}/values`: the sender fills a draft "over the phone" before handing it off. */
export const SenderValuesRequest = z
  .object({
    values: FieldValues.default({}),
    lockedFieldIds: z.array(FieldId).max(fieldLimits.fieldsPerTemplate).optional().meta({
      description: 'Replaces the session’s own locks; locked values stay as you set them',
    }),
  })
  .meta({ id: 'SenderValuesRequest' });
export type SenderValuesRequest = z.input<typeof SenderValuesRequest>;

/** `POST /v1/sessions/{id}/hand-off`: who takes over the first role, verifies and signs. */
export const HandOffRequest = z
  .object({
    name: singleLineText().trim().min(1).max(PARTY_NAME_MAX_LENGTH),
    email: EmailAddress,
    message: SessionMessage.optional(),
  })
  .meta({ id: 'HandOffRequest' });
export type HandOffRequest = z.input<typeof HandOffRequest>;
