import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import {
  fieldLimits,
  fieldTypes,
  isOptionField,
  isRequiredByDefault,
} from '../rules/field-model.js';
import { isFirstRole, routingRules } from '../rules/next-party-routing.js';
import { signingOrders } from '../rules/signing-order.js';
import { validateFieldValue } from '../rules/validate-field-value.js';
import { Timestamp, UserRef, issueAt, orNull, pageOf } from './common.js';

// Enums whose TypeScript types the rules already own carry a `Schema` suffix; their types come from the rules.
export const FieldTypeSchema = z.enum(fieldTypes).meta({ id: 'FieldType' });
export const SigningOrderSchema = z.enum(signingOrders).meta({ id: 'SigningOrder' });
export const RoutingRuleSchema = z.enum(routingRules).meta({
  id: 'RoutingRule',
  description: 'Who names the party of a later role: a signer of the role before it, or the sender',
});

/** Long enough for a signature PNG data URL at its size cap, the largest value a field holds. */
export const FIELD_VALUE_MAX_CHARS =
  'data:image/png;base64,'.length + Math.ceil(fieldLimits.signatureImageMaxBytes / 3) * 4;

export const FieldValueSchema = z
  .union([multiLineText().max(FIELD_VALUE_MAX_CHARS), z.number(), z.boolean(), z.null()])
  .meta({ id: 'FieldValue', description: 'Checked against the field type; null clears the field' });

const ROLE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const FIELD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The keys of a map keyed by role or field id, which the document generator does not state itself. */
export const roleKeyNames = { propertyNames: { pattern: ROLE_KEY_PATTERN.source } };
export const fieldIdNames = { propertyNames: { pattern: FIELD_ID_PATTERN.source } };

export const RoleKey = singleLineText()
  .regex(ROLE_KEY_PATTERN, 'Use lower-case letters, digits and _ (e.g. buyer, listing_agent)')
  .meta({ example: 'buyer' });

export const FieldId = singleLineText().regex(
  FIELD_ID_PATTERN,
  'Use letters, digits and . _ - (at most 100)',
);

/** Values keyed by field id, as prefilled by a sender or saved by a party. */
export const FieldValues = z
  .record(FieldId, FieldValueSchema)
  .refine((values) => Object.keys(values).length <= fieldLimits.fieldsPerTemplate, {
    message: `At most ${fieldLimits.fieldsPerTemplate} values`,
  })
  .meta({ id: 'FieldValues', ...fieldIdNames, maxProperties: fieldLimits.fieldsPerTemplate });
export type FieldValues = z.infer<typeof FieldValues>;

export const TemplateRole = z
  .object({
    key: RoleKey,
    name: singleLineText().trim().min(1).max(100),
    order: z.int().min(1).max(100).meta({
      description: 'Sequential signing goes from low to high; equal numbers sign together',
    }),
  })
  .meta({ id: 'TemplateRole' });
export type TemplateRole = z.infer<typeof TemplateRole>;

export const FieldRect = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    width: z.number().gt(0).max(1),
    height: z.number().gt(0).max(1),
  })
  .refine((rect) => rect.x + rect.width <= 1 && rect.y + rect.height <= 1, {
    message: 'The field must fit on its page',
  })
  .meta({
    id: 'FieldRect',
    description: 'Fractions of the page size, origin at the top-left corner',
  });
export type FieldRect = z.infer<typeof FieldRect>;

const templateFieldShape = {
  id: FieldId,
  name: singleLineText().trim().min(1).max(200).meta({ description: 'Label shown to the party' }),
  role: RoleKey,
  type: FieldTypeSchema,
  page: z.int().min(1).max(2000),
  rect: FieldRect,
  required: z.boolean().meta({
    description: 'Must be filled to sign; signature and initials fields are unless set to false',
  }),
  locked: z
    .boolean()
    .default(false)
    .meta({ description: 'Set by the sender only; parties cannot change it' }),
  private: z
    .boolean()
    .default(false)
    .meta({ description: 'Hidden from other parties (attachments always are)' }),
  default: FieldValueSchema.optional(),
  options: z
    .array(singleLineText().trim().min(1).max(fieldLimits.optionMaxLength))
    .min(1)
    .max(fieldLimits.optionsPerField)
    .optional()
    .meta({ description: 'Choices of a radio or select field' }),
  maxLength: z
    .int()
    .min(1)
    .max(fieldLimits.textMaxLength)
    .optional()
    .meta({ description: 'Text fields only' }),
};

/** A field as stored and returned: whether it is required is always spelled out. */
export const TemplateField = z.object(templateFieldShape).meta({ id: 'TemplateField' });
export type TemplateField = z.infer<typeof TemplateField>;

/**
 * A field as a sender defines it. Without `required`, signature and initials fields are required and
 * others optional: a signature placed through the API must not be skippable by accident.
 */
export const TemplateFieldInput = TemplateField.extend({ required: z.boolean().optional() })
  .superRefine((field, ctx) => {
    if (isOptionField(field.type)) {
      if (!field.options) issueAt(ctx, ['options'], `A ${field.type} field needs options`);
      else if (new Set(field.options).size !== field.options.length)
        issueAt(ctx, ['options'], 'Options must differ');
    } else if (field.options) {
      issueAt(ctx, ['options'], `A ${field.type} field has no options`);
    }
    if (field.maxLength !== undefined && field.type !== 'text') {
      issueAt(ctx, ['maxLength'], 'Only text fields have a maximum length');
    }
    if (field.default !== undefined) {
      if (['signature', 'initials', 'date_signed', 'attachment'].includes(field.type)) {
        issueAt(ctx, ['default'], `A ${field.type} field cannot have a default`);
      } else {
        const checked = validateFieldValue(field, field.default);
        if (!checked.ok) issueAt(ctx, ['default'], checked.error.message);
      }
    }
  })
  .transform((field) => ({ ...field, required: field.required ?? isRequiredByDefault(field.type) }))
  .meta({ id: 'TemplateFieldInput' });
export type TemplateFieldInput = z.input<typeof TemplateFieldInput>;

const templateShape = {
  name: singleLineText().trim().min(1).max(200),
  description: multiLineText().max(2000).optional(),
  roles: z.array(TemplateRole).min(1).max(fieldLimits.rolesPerTemplate),
  signingOrder: SigningOrderSchema.default('parallel'),
  saveIncomplete: z.boolean().default(false).meta({
    description: 'Parties (and a sender filling it over the phone) may save and resume later',
  }),
  routing: z
    .record(RoleKey, RoutingRuleSchema)
    .default({})
    .meta({
      ...roleKeyNames,
      description:
        'Passive forms: who names each later role; unlisted roles are named by the sender',
    }),
  fields: z.array(TemplateFieldInput).max(fieldLimits.fieldsPerTemplate).default([]),
};

/** What a sender defines about a template (its PDF comes separately); `PUT /v1/templates/{id}` replaces it. */
export const TemplateDefinition = z
  .object(templateShape)
  .superRefine((template, ctx) => {
    const roleKeys = template.roles.map((role) => role.key);
    roleKeys.forEach((key, index) => {
      if (roleKeys.indexOf(key) !== index)
        issueAt(ctx, ['roles', index, 'key'], 'Each role needs its own key');
    });
    const fieldIds = new Set<string>();
    template.fields.forEach((field, index) => {
      if (fieldIds.has(field.id))
        issueAt(ctx, ['fields', index, 'id'], 'Each field needs its own id');
      fieldIds.add(field.id);
      if (!roleKeys.includes(field.role))
        issueAt(ctx, ['fields', index, 'role'], 'No such role in this template');
    });
    for (const role of Object.keys(template.routing)) {
      if (!roleKeys.includes(role))
        issueAt(ctx, ['routing', role], 'No such role in this template');
      else if (isFirstRole(template.roles, role)) {
        issueAt(ctx, ['routing', role], 'The first role is filled by whoever opens the form');
      }
    }
  })
  .meta({ id: 'TemplateDefinition' });
export type TemplateDefinition = z.input<typeof TemplateDefinition>;

export const TemplatePage = z
  .object({ number: z.int(), width: z.number(), height: z.number(), imageUrl: singleLineText() })
  .meta({ id: 'TemplatePage', description: 'Width and height in PDF points' });
export type TemplatePage = z.infer<typeof TemplatePage>;

export const TemplateForm = z
  .object({ slug: singleLineText(), url: singleLineText(), published: z.boolean() })
  .meta({ id: 'TemplateForm', description: 'The template published as a public web form' });
export type TemplateForm = z.infer<typeof TemplateForm>;

export const PublishTemplateFormRequest = z
  .object({ published: z.boolean().default(true) })
  .meta({ id: 'PublishTemplateFormRequest' });
export type PublishTemplateFormRequest = z.input<typeof PublishTemplateFormRequest>;

export const TemplateStatus = z.enum(['processing', 'ready', 'failed']).meta({
  id: 'TemplateStatus',
  description:
    '`processing` while its pages are being rendered (sessions cannot start from it yet), `ready`, ' +
    'or `failed` when rendering was refused (see `processingError`)',
});
export type TemplateStatus = z.infer<typeof TemplateStatus>;

export const TemplateProgress = z
  .object({ pagesRendered: z.int(), pageCount: z.int() })
  .meta({ id: 'TemplateProgress', description: 'How many of its pages are rendered' });
export type TemplateProgress = z.infer<typeof TemplateProgress>;

export const Template = z
  .object({
    ...templateShape,
    fields: z.array(TemplateField),
    id: singleLineText(),
    status: TemplateStatus,
    progress: TemplateProgress,
    processingError: z
      .object({ code: singleLineText(), message: singleLineText() })
      .nullable()
      .meta({ description: 'Why rendering its pages was refused, when `status` is `failed`' }),
    owner: UserRef.meta({ description: 'The sender the template belongs to' }),
    createdBy: UserRef.meta({ description: 'Who created it, possibly on the owner’s behalf' }),
    pages: z.array(TemplatePage),
    form: orNull(TemplateForm),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Template' });
export type Template = z.infer<typeof Template>;

export const TemplateList = pageOf(Template).meta({ id: 'TemplateList' });
export type TemplateList = z.infer<typeof TemplateList>;

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

/**
 * `PATCH /v1/templates/{id}`: only what is sent changes. `fields` adds fields or replaces those with
 * the same id; `removeFieldIds` drops fields. The merged template must still be a valid definition.
 */
export const UpdateTemplateRequest = z
  .object({
    name: templateShape.name.optional(),
    description: templateShape.description,
    roles: templateShape.roles.optional(),
    signingOrder: SigningOrderSchema.optional(),
    saveIncomplete: z.boolean().optional(),
    routing: z.record(RoleKey, RoutingRuleSchema).optional().meta(roleKeyNames),
    fields: z.array(TemplateFieldInput).max(fieldLimits.fieldsPerTemplate).optional(),
    removeFieldIds: z.array(FieldId).max(fieldLimits.fieldsPerTemplate).optional(),
    initialsOnEveryPage: InitialsOnEveryPage.optional().meta({
      description:
        'Initials fields `<role>_initials_p<page>` on every page, added or moved to the given places',
    }),
  })
  .meta({ id: 'UpdateTemplateRequest' });
export type UpdateTemplateRequest = z.input<typeof UpdateTemplateRequest>;
