import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import { fieldLimits } from '../rules/field-model.js';
import { PARTY_NAME_MAX_LENGTH } from '../rules/next-party-routing.js';
import { partyStatuses } from '../rules/signing-order.js';
import { sessionStates } from '../rules/session-state.js';
import { locales } from '../rules/locales.js';
import {
  EmailAddress,
  Id,
  PageQuery,
  Timestamp,
  UserRef,
  issueAt,
  orNull,
  pageOf,
} from './common.js';
import { FieldId, FieldValueSchema, FieldValues, RoleKey, SigningOrderSchema } from './template.js';

export const SessionStateSchema = z.enum(sessionStates).meta({ id: 'SessionState' });
export const PartyStatusSchema = z.enum(partyStatuses).meta({ id: 'PartyStatus' });

export const LocaleSchema = z.enum(locales).meta({
  id: 'Locale',
  description: 'A language Signport speaks: English, Spanish or French',
});

/** Active sessions have parties known up front; passive ones start from a public web form. */
export const SessionMode = z.enum(['active', 'passive']).meta({ id: 'SessionMode' });
export type SessionMode = z.infer<typeof SessionMode>;

/** One person entered in the "who-box". */
export const PartyInput = z
  .object({
    role: RoleKey,
    name: singleLineText().trim().min(1).max(PARTY_NAME_MAX_LENGTH),
    email: EmailAddress,
    locale: LocaleSchema.optional().meta({
      description:
        'The language of this party’s emails and pages; when absent, their browser’s language on first view',
    }),
  })
  .meta({ id: 'PartyInput' });
export type PartyInput = z.input<typeof PartyInput>;

export const SessionMessage = z
  .object({
    subject: singleLineText().trim().min(1).max(200).optional(),
    body: multiLineText().trim().max(5000),
  })
  .meta({
    id: 'SessionMessage',
    description: 'Shown to parties in the invitation and on the signing page',
  });
export type SessionMessage = z.infer<typeof SessionMessage>;

/** Most documents one packet may hold. */
export const PACKET_MAX_DOCUMENTS = 10;

export const CreateSessionRequest = z
  .object({
    templateId: Id.optional().meta({ description: 'The template; or give `templateIds`' }),
    templateIds: z.array(Id).min(1).max(PACKET_MAX_DOCUMENTS).optional().meta({
      description:
        'A packet: several templates signed as one document, in this order; roles are matched by key',
    }),
    name: singleLineText().trim().min(1).max(200).optional().meta({
      description:
        'What the session is called; by default the template’s name (a packet’s names joined)',
    }),
    senderId: Id.optional().meta({
      description: 'Act on behalf of this user; needs the `send` scope',
    }),
    parties: z.array(PartyInput).max(50).default([]),
    values: FieldValues.default({}).meta({ description: 'Prefilled values by field id' }),
    lockedFieldIds: z
      .array(FieldId)
      .max(fieldLimits.fieldsPerTemplate)
      .default([])
      .meta({ description: 'Fields locked for this session on top of the template’s locks' }),
    addMyself: z
      .boolean()
      .default(false)
      .meta({ description: 'Add the sender (not the initiator) as a party' }),
    addMyselfRole: RoleKey.optional().meta({
      description: 'The sender’s role; not needed with a one-role template',
    }),
    message: SessionMessage.optional(),
    expiresAt: z.iso.datetime().optional(),
    send: z
      .boolean()
      .default(false)
      .meta({ description: 'Send right away instead of keeping a draft' }),
  })
  .superRefine((request, ctx) => {
    if (request.templateId === undefined && request.templateIds === undefined)
      issueAt(ctx, ['templateId'], 'Choose a template (templateId) or several (templateIds)');
    if (request.templateId !== undefined && request.templateIds !== undefined)
      issueAt(ctx, ['templateIds'], 'Give templateId or templateIds, not both');
    request.templateIds?.forEach((templateId, index) => {
      if (request.templateIds?.indexOf(templateId) !== index)
        issueAt(ctx, ['templateIds', index], 'This template is already in the packet');
    });
    const seen = new Set<string>();
    request.parties.forEach((party, index) => {
      const key = `${party.role} ${party.email}`;
      if (seen.has(key))
        issueAt(ctx, ['parties', index, 'email'], 'This person already has this role');
      seen.add(key);
    });
  })
  .meta({ id: 'CreateSessionRequest' });
export type CreateSessionRequest = z.input<typeof CreateSessionRequest>;

export const Party = z
  .object({
    id: singleLineText(),
    role: singleLineText(),
    name: singleLineText(),
    email: singleLineText(),
    status: PartyStatusSchema,
    userId: singleLineText()
      .nullable()
      .meta({ description: 'Set when the party is a user of the account' }),
    invitedAt: Timestamp.nullable(),
    viewedAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    declinedAt: Timestamp.nullable(),
    declineReason: multiLineText().nullable(),
    locale: LocaleSchema.nullable().meta({
      description: 'The language of this party’s emails and pages; null until set or seen',
    }),
  })
  .meta({ id: 'Party' });
export type Party = z.infer<typeof Party>;

export const Session = z
  .object({
    id: singleLineText(),
    templateId: singleLineText(),
    templateName: singleLineText(),
    mode: SessionMode,
    status: SessionStateSchema,
    signingOrder: SigningOrderSchema,
    parties: z.array(Party),
    initiator: UserRef.meta({ description: 'Who created the session' }),
    sender: UserRef.meta({ description: 'On whose behalf: Reply-To and branding of every email' }),
    message: orNull(SessionMessage),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    sentAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    expiresAt: Timestamp.nullable(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SessionValue = z
  .object({
    fieldId: z.string(),
    partyId: z.string().nullable().meta({
      description:
        'Who signed, for signatures, initials and signing dates; null: shared by the role',
    }),
    value: FieldValueSchema,
  })
  .meta({ id: 'SessionValue' });
export type SessionValue = z.infer<typeof SessionValue>;

/** One document of a session: a packet has several, in order; other sessions have one. */
export const SessionDocument = z
  .object({
    number: z.int().min(1).meta({ description: 'Its place in the packet, from 1' }),
    templateId: singleLineText(),
    name: singleLineText(),
    firstPage: z.int().min(1).meta({ description: 'Where its pages start in the whole document' }),
    pageCount: z.int().min(1),
  })
  .meta({ id: 'SessionDocument' });
export type SessionDocument = z.infer<typeof SessionDocument>;

/** One session as its sender sees it: with every filled value, template defaults included. */
export const SessionDetail = Session.extend({
  documents: z.array(SessionDocument).meta({
    description: 'The documents signed together, in order; each can be downloaded apart',
  }),
  values: z.array(SessionValue).meta({
    description:
      'Every filled value, defaults included: what the parties see and the sealed PDF holds',
  }),
}).meta({ id: 'SessionDetail' });
export type SessionDetail = z.infer<typeof SessionDetail>;

export const ListSessionsQuery = PageQuery.extend({
  status: SessionStateSchema.optional(),
  senderId: Id.optional(),
  as: z
    .enum(['self', 'all'])
    .default('self')
    .meta({ description: '`all`: sessions of every sender the caller may act for' }),
  search: singleLineText()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Matches template, party names and emails' }),
}).meta({ id: 'ListSessionsQuery' });
export type ListSessionsQuery = z.input<typeof ListSessionsQuery>;

export const SessionList = pageOf(Session).meta({ id: 'SessionList' });
export type SessionList = z.infer<typeof SessionList>;

export const VoidSessionRequest = z
  .object({ reason: multiLineText().trim().min(1).max(1000).optional() })
  .meta({ id: 'VoidSessionRequest' });
export type VoidSessionRequest = z.infer<typeof VoidSessionRequest>;

export const RemindSessionRequest = z
  .object({
    partyIds: z
      .array(Id)
      .min(1)
      .max(50)
      .optional()
      .meta({ description: 'Default: every party whose turn it is' }),
  })
  .meta({ id: 'RemindSessionRequest' });
export type RemindSessionRequest = z.infer<typeof RemindSessionRequest>;

/** `POST /v1/sessions/{id}/remind`: who was reminded. */
export const RemindResult = z
  .object({
    reminded: z.int().meta({ description: 'Reminders sent' }),
    parties: z.array(
      z.object({
        partyId: singleLineText(),
        outcome: z.enum(['sent', 'skipped_over_quota']).meta({
          description: '`skipped_over_quota`: the sender has no email credits left this month',
        }),
      }),
    ),
  })
  .meta({ id: 'RemindResult' });
export type RemindResult = z.infer<typeof RemindResult>;

export const auditEventTypes = [
  'created',
  'sent',
  'invited',
  'viewed',
  'saved',
  'consented',
  'named_party',
  'signed',
  'declined',
  'reminded',
  'completed',
  'expired',
  'voided',
  'attached',
  'handed_off',
  'resume_link_sent',
  'link_minted',
  'initialed_all',
] as const;

export const AuditEvent = z
  .object({
    id: singleLineText(),
    at: Timestamp,
    type: z.enum(auditEventTypes),
    partyId: singleLineText().nullable().meta({
      description: 'The party who acted, or whom the event concerns (invited, link minted)',
    }),
    userId: singleLineText().nullable().meta({
      description:
        'The user of the account who acted: who sent, invited or minted a link, or the user who signed as this party',
    }),
    description: singleLineText().meta({
      description: 'Who did what to whom, in words',
      example: 'Betty Agent minted a signing link for Bernie OfficeManager',
    }),
    ip: singleLineText().nullable(),
    userAgent: singleLineText().nullable(),
    details: z.record(singleLineText(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditTrail = z
  .object({ sessionId: singleLineText(), events: z.array(AuditEvent) })
  .meta({ id: 'AuditTrail' });
export type AuditTrail = z.infer<typeof AuditTrail>;
