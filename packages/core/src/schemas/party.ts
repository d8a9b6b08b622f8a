import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import { fieldLimits } from '../rules/field-model.js';
import {
  MAX_NAMED_PARTIES,
  PARTY_NAME_MAX_LENGTH,
  validateNamedParties,
} from '../rules/next-party-routing.js';
import { isPngDataUrl } from '../rules/validate-field-value.js';
import { Timestamp, issueAt, orNull } from './common.js';
import { LocaleSchema, PartyStatusSchema, SessionMessage, SessionStateSchema } from './session.js';
import {
  FIELD_VALUE_MAX_CHARS,
  FieldId,
  fieldIdNames,
  FieldRect,
  FieldTypeSchema,
  FieldValueSchema,
  FieldValues,
  RoleKey,
} from './template.js';

export const PartyPage = z
  .object({
    number: z.int(),
    width: z.number(),
    height: z.number(),
    imageUrl: singleLineText(),
    text: multiLineText().meta({
      description: 'The page’s text, a reading alternative to its image',
    }),
  })
  .meta({ id: 'PartyPage' });
export type PartyPage = z.infer<typeof PartyPage>;

/** A file uploaded to an attachment field; the field's value is its `id`. */
export const Attachment = z
  .object({
    id: singleLineText(),
    fieldId: singleLineText(),
    filename: singleLineText(),
    contentType: singleLineText(),
    size: z.int().meta({ description: 'In bytes' }),
    sha256: singleLineText(),
    uploadedAt: Timestamp,
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

/** `GET /v1/sessions/{id}/attachments`: the files currently attached to a session's fields. */
export const AttachmentList = z
  .object({ items: z.array(Attachment) })
  .meta({ id: 'AttachmentList' });
export type AttachmentList = z.infer<typeof AttachmentList>;

/** Where one radio option's button sits on the page: the PDF's own widget for that option. */
export const OptionRect = z
  .object({ option: singleLineText(), rect: FieldRect })
  .meta({ id: 'OptionRect' });
export type OptionRect = z.infer<typeof OptionRect>;

const optionRects = z.array(OptionRect).optional().meta({
  description:
    'A radio field’s buttons, one per option, where the PDF draws them; absent when the field was placed by hand',
});

/** One of the party's own fields, with its current value and whether it is locked for them. */
export const PartyField = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    type: FieldTypeSchema,
    page: z.int(),
    rect: FieldRect,
    required: z.boolean(),
    locked: z.boolean(),
    options: z.array(singleLineText()).optional(),
    optionRects,
    maxLength: z.int().optional(),
    value: FieldValueSchema,
    attachment: Attachment.optional().meta({
      description: 'An attachment field’s uploaded file, when its value refers to one',
    }),
  })
  .meta({ id: 'PartyField' });
export type PartyField = z.infer<typeof PartyField>;

/** A value filled by someone else that this party may see. */
export const VisibleValue = z
  .object({
    fieldId: singleLineText(),
    partyId: singleLineText()
      .nullable()
      .meta({ description: 'Set for per-party fields (signatures, initials)' }),
    page: z.int(),
    rect: FieldRect,
    type: FieldTypeSchema,
    value: FieldValueSchema,
    optionRects,
  })
  .meta({ id: 'VisibleValue' });
export type VisibleValue = z.infer<typeof VisibleValue>;

/** How far each person of the workroom is; never their private values. */
export const WorkroomParty = z
  .object({
    id: singleLineText(),
    role: singleLineText(),
    roleName: singleLineText(),
    name: singleLineText(),
    status: PartyStatusSchema,
  })
  .meta({ id: 'WorkroomParty' });
export type WorkroomParty = z.infer<typeof WorkroomParty>;

export const ConsentDisclosure = z
  .object({
    version: singleLineText(),
    text: multiLineText(),
    sha256: singleLineText(),
    acceptedAt: Timestamp.nullable(),
  })
  .meta({
    id: 'ConsentDisclosure',
    description: 'The ESIGN/UETA disclosure a party accepts before signing',
  });
export type ConsentDisclosure = z.infer<typeof ConsentDisclosure>;

/** `GET /v1/party`: what this party sees and may edit. */
export const PartyView = z
  .object({
    session: z.object({
      id: singleLineText(),
      status: SessionStateSchema,
      templateName: singleLineText(),
      sender: z.object({
        name: singleLineText(),
        email: singleLineText(),
        logoUrl: singleLineText()
          .optional()
          .meta({ description: 'The logo of the sender’s branding, when they set one' }),
        color: singleLineText().optional().meta({
          description: 'The colour of the sender’s branding (#rrggbb), when they set one',
        }),
      }),
      brokerage: singleLineText().meta({
        description: 'The account’s name: the brokerage the sender works for',
      }),
      message: orNull(SessionMessage),
      saveIncomplete: z.boolean(),
    }),
    party: z.object({
      id: singleLineText(),
      role: singleLineText(),
      name: singleLineText(),
      email: singleLineText(),
      status: PartyStatusSchema,
      locale: LocaleSchema.nullable().meta({
        description: 'The language the party’s elements and emails use; null until known',
      }),
    }),
    isMyTurn: z.boolean(),
    pages: z.array(PartyPage),
    fields: z.array(PartyField),
    others: z.array(VisibleValue),
    workroom: z.array(WorkroomParty),
    consent: ConsentDisclosure,
    rolesToName: z
      .array(singleLineText())
      .meta({ description: 'Roles this party names before completing' }),
    roleNames: z
      .record(singleLineText(), singleLineText())
      .meta({ description: "Each of the template's role keys and the name shown for it" }),
  })
  .meta({ id: 'PartyView' });
export type PartyView = z.infer<typeof PartyView>;

/** `PATCH /v1/party/values`: save incomplete; only the fields sent change. */
export const SavePartyValuesRequest = z
  .object({
    values: FieldValues.refine((values) => Object.keys(values).length > 0, {
      message: 'Send at least one value',
    }).meta({ minProperties: 1 }),
  })
  .meta({ id: 'SavePartyValuesRequest' });
export type SavePartyValuesRequest = z.infer<typeof SavePartyValuesRequest>;

export const PartyConsent = z
  .object({
    accepted: z.literal(true, 'Accept the electronic records and signatures disclosure to sign'),
    disclosureVersion: singleLineText().min(1).max(50),
  })
  .meta({ id: 'PartyConsent' });
export type PartyConsent = z.infer<typeof PartyConsent>;

export const SignatureImage = singleLineText()
  .max(FIELD_VALUE_MAX_CHARS)
  .refine((value) => isPngDataUrl(value), {
    message: `Use a PNG data URL (data:image/png;base64,…) of at most ${fieldLimits.signatureImageMaxBytes / 1024} KB`,
  })
  .meta({ id: 'SignatureImage', description: 'A base64 PNG data URL' });

/** `POST /v1/party/complete`: last values, signature images by field id, and consent. */
export const CompletePartyRequest = z
  .object({
    consent: PartyConsent,
    signatures: z
      .record(FieldId, SignatureImage)
      .default({})
      .refine((images) => Object.keys(images).length <= 100, {
        message: 'At most 100 signature images',
      })
      .meta({ ...fieldIdNames, maxProperties: 100 }),
    values: FieldValues.default({}),
  })
  .meta({ id: 'CompletePartyRequest' });
export type CompletePartyRequest = z.input<typeof CompletePartyRequest>;

export const DeclinePartyRequest = z
  .object({ reason: multiLineText().trim().min(1).max(1000) })
  .meta({ id: 'DeclinePartyRequest' });
export type DeclinePartyRequest = z.infer<typeof DeclinePartyRequest>;

/** `POST /v1/party/next-party`: the people who fill a later role; checked and normalized by the routing rule. */
export const NextPartyRequest = z
  .object({
    role: RoleKey,
    parties: z
      .array(
        z.object({
          // Checked (after trimming) by validateNamedParties below; stated here for the document.
          name: singleLineText()
            .max(1000)
            .meta({ example: 'Sam Seller', pattern: '\\S', maxLength: PARTY_NAME_MAX_LENGTH }),
          email: singleLineText().max(1000).meta({ example: 'sam@example.com', format: 'email' }),
        }),
      )
      .max(100)
      .meta({
        minItems: 1,
        maxItems: MAX_NAMED_PARTIES,
        description: 'Each email address once (case-insensitive)',
      }),
  })
  .transform((request, ctx) => {
    const checked = validateNamedParties(request.parties);
    if (checked.ok) return { role: request.role, parties: checked.value };
    const path = (checked.error.field ?? 'parties')
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    issueAt(ctx, path, checked.error.message);
    return z.NEVER;
  })
  .meta({ id: 'NextPartyRequest' });
export type NextPartyRequest = z.input<typeof NextPartyRequest>;

/** The people a naming request added, with their party ids. */
export const NamedParties = z
  .object({
    role: singleLineText(),
    parties: z.array(
      z.object({ id: singleLineText(), name: singleLineText(), email: singleLineText() }),
    ),
  })
  .meta({ id: 'NamedParties' });
export type NamedParties = z.infer<typeof NamedParties>;
