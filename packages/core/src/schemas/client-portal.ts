import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import { buyerNameDisplays } from '../rules/buyer-name-display.js';
import { clientStatuses, portalSections } from '../rules/portal-grants.js';
import {
  PORTAL_PASSWORD_MAX_LENGTH,
  PORTAL_PASSWORD_MIN_LENGTH,
} from '../rules/portal-password.js';
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
import { LocaleSchema } from './session.js';

export const PortalSectionSchema = z.enum(portalSections).meta({ id: 'PortalSection' });
export const ClientStatusSchema = z.enum(clientStatuses).meta({ id: 'ClientStatus' });
export const BuyerNameDisplaySchema = z.enum(buyerNameDisplays).meta({
  id: 'BuyerNameDisplay',
  description: 'How prospective buyers are named in the feedback report',
});

export const ClientType = z
  .enum(['buyer', 'seller', 'owner', 'landlord', 'tenant'])
  .meta({ id: 'ClientType' });
export type ClientType = z.infer<typeof ClientType>;

// The limits live with the rules so the browser can check them without zod.
export { PORTAL_PASSWORD_MAX_LENGTH, PORTAL_PASSWORD_MIN_LENGTH };
export const NewPortalPassword = singleLineText()
  .min(PORTAL_PASSWORD_MIN_LENGTH, `Use at least ${PORTAL_PASSWORD_MIN_LENGTH} characters`)
  .max(PORTAL_PASSWORD_MAX_LENGTH, `Use at most ${PORTAL_PASSWORD_MAX_LENGTH} characters`)
  .refine((password) => password.trim() !== '', { message: 'A password cannot be only spaces' });

export const PortalUsername = singleLineText()
  .trim()
  .toLowerCase()
  .min(3)
  .max(254)
  .regex(/^\S+$/, 'A username has no spaces');

/** Single-use links (activation, reset) carry an opaque random token. */
const LinkToken = singleLineText().min(16).max(512);

const clientShape = {
  name: singleLineText().trim().min(1).max(200),
  email: EmailAddress.optional(),
  phone: singleLineText()
    .trim()
    .min(3)
    .max(40)
    .regex(/^[+0-9 ().-]+$/, 'Use digits, spaces and + ( ) . -')
    .optional(),
  type: ClientType,
  status: ClientStatusSchema.default('active'),
  assignedAgentId: Id.optional(),
  propertyIds: z
    .array(Id)
    .max(100)
    .default([])
    .meta({ description: 'Properties this client owns or rents' }),
  locale: LocaleSchema.optional().meta({
    description:
      'The language of this client’s portal emails and pages; when absent, their browser’s language at first portal use',
  }),
};

export const CreateClientRequest = z.object(clientShape).meta({ id: 'CreateClientRequest' });
export type CreateClientRequest = z.input<typeof CreateClientRequest>;

/** Setting `status` to `inactive` ends every portal session of the client at once. */
export const UpdateClientRequest = z
  .object({
    name: clientShape.name.optional(),
    email: clientShape.email,
    phone: clientShape.phone,
    type: ClientType.optional(),
    status: ClientStatusSchema.optional(),
    assignedAgentId: clientShape.assignedAgentId,
    propertyIds: z.array(Id).max(100).optional(),
    locale: clientShape.locale,
  })
  .meta({ id: 'UpdateClientRequest' });
export type UpdateClientRequest = z.infer<typeof UpdateClientRequest>;

export const Client = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    email: singleLineText().nullable(),
    phone: singleLineText().nullable(),
    type: ClientType,
    status: ClientStatusSchema,
    assignedAgent: orNull(UserRef),
    propertyIds: z.array(singleLineText()),
    locale: LocaleSchema.nullable().meta({
      description: 'The language of this client’s portal emails and pages; null until set or seen',
    }),
    hasPortalAccess: z.boolean(),
    unreadMessages: z
      .int()
      .meta({ description: 'Messages from the client the agent has not read' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof Client>;

export const ListClientsQuery = PageQuery.extend({
  status: ClientStatusSchema.optional(),
  type: ClientType.optional(),
  search: singleLineText().trim().min(1).max(200).optional(),
}).meta({ id: 'ListClientsQuery' });
export type ListClientsQuery = z.input<typeof ListClientsQuery>;

export const ClientList = pageOf(Client).meta({ id: 'ClientList' });
export type ClientList = z.infer<typeof ClientList>;

export const communicationKinds = [
  'message',
  'call',
  'email',
  'search',
  'cma',
  'form',
  'note',
] as const;

/** An entry of the client's communication log, written by the host or by Signport. */
export const CreateCommunicationRequest = z
  .object({
    kind: z.enum(communicationKinds),
    summary: singleLineText().trim().min(1).max(500),
    body: multiLineText().max(20_000).optional(),
    occurredAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'CreateCommunicationRequest' });
export type CreateCommunicationRequest = z.input<typeof CreateCommunicationRequest>;

/** `PUT /v1/clients/{id}/portal-access`: a new login profile or an existing one (one login, several properties). */
export const PortalAccessSetupRequest = z
  .object({
    profile: z.discriminatedUnion('mode', [
      z.object({
        mode: z.literal('new'),
        username: PortalUsername.optional().meta({ description: 'Default: the client’s email' }),
      }),
      z.object({ mode: z.literal('existing'), loginProfileId: Id }),
    ]),
    grants: z.array(PortalSectionSchema).max(portalSections.length).meta({ uniqueItems: true }),
    buyerNameDisplay: BuyerNameDisplaySchema.default('first_name'),
  })
  .superRefine((request, ctx) => {
    if (new Set(request.grants).size !== request.grants.length)
      issueAt(ctx, ['grants'], 'List each section once');
  })
  .meta({ id: 'PortalAccessSetupRequest' });
export type PortalAccessSetupRequest = z.input<typeof PortalAccessSetupRequest>;

export const PortalAccessSettings = z
  .object({
    clientId: singleLineText(),
    loginProfileId: singleLineText(),
    username: singleLineText(),
    grants: z.array(PortalSectionSchema),
    buyerNameDisplay: BuyerNameDisplaySchema,
    state: z.enum(['not_invited', 'invited', 'active']),
    invitedAt: Timestamp.nullable(),
    activatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'PortalAccessSettings' });
export type PortalAccessSettings = z.infer<typeof PortalAccessSettings>;

export const PortalInvite = z.object({ sentTo: singleLineText(), expiresAt: Timestamp }).meta({
  id: 'PortalInvite',
  description: 'The activation link is single use and valid 48 hours',
});
export type PortalInvite = z.infer<typeof PortalInvite>;

export const PortalActivateRequest = z
  .object({ token: LinkToken, password: NewPortalPassword })
  .meta({ id: 'PortalActivateRequest' });
export type PortalActivateRequest = z.infer<typeof PortalActivateRequest>;

/** Logging in checks only the length cap: a password set under older rules must still work. */
export const PortalLoginRequest = z
  .object({
    username: singleLineText().trim().toLowerCase().min(1).max(254),
    password: singleLineText().min(1).max(PORTAL_PASSWORD_MAX_LENGTH),
  })
  .meta({ id: 'PortalLoginRequest' });
export type PortalLoginRequest = z.infer<typeof PortalLoginRequest>;

/** What `POST /v1/portal/login` receives: the credentials and the account whose client signs in. */
export const PortalLoginBody = PortalLoginRequest.extend({ accountId: Id }).meta({
  id: 'PortalLoginBody',
});
export type PortalLoginBody = z.infer<typeof PortalLoginBody>;

/** Refresh and logout: the refresh token comes from the cookie, or from the body where cookies are blocked. */
export const PortalRefreshRequest = z
  .object({ refreshToken: singleLineText().min(16).max(512).optional() })
  .meta({ id: 'PortalRefreshRequest' });
export type PortalRefreshRequest = z.infer<typeof PortalRefreshRequest>;

export const PortalPasswordResetRequest = z
  .object({ username: singleLineText().trim().toLowerCase().min(1).max(254) })
  .meta({ id: 'PortalPasswordResetRequest' });
export type PortalPasswordResetRequest = z.infer<typeof PortalPasswordResetRequest>;

/** What `POST /v1/portal/password-reset` receives: the username and the account it belongs to. */
export const PortalPasswordResetBody = PortalPasswordResetRequest.extend({ accountId: Id }).meta({
  id: 'PortalPasswordResetBody',
});
export type PortalPasswordResetBody = z.infer<typeof PortalPasswordResetBody>;

/** Signing in with an emailed sign-in link (`POST /v1/portal/sign-in-link/confirm`). */
export const PortalSignInLinkRequest = z
  .object({ token: LinkToken })
  .meta({ id: 'PortalSignInLinkRequest' });
export type PortalSignInLinkRequest = z.infer<typeof PortalSignInLinkRequest>;

/** Describing an emailed set-password link to its holder (`POST /v1/portal/set-password-link`). */
export const PortalSetPasswordLinkRequest = z
  .object({ token: LinkToken })
  .meta({ id: 'PortalSetPasswordLinkRequest' });
export type PortalSetPasswordLinkRequest = z.infer<typeof PortalSetPasswordLinkRequest>;

/** Whose password a usable set-password link sets, so the form can name the login it saves. */
export const PortalSetPasswordLink = z
  .object({
    username: singleLineText(),
    purpose: z.enum(['invite', 'reset']).meta({
      description: '`invite`: the first password (activation); `reset`: a new one',
    }),
    expiresAt: Timestamp,
  })
  .meta({ id: 'PortalSetPasswordLink' });
export type PortalSetPasswordLink = z.infer<typeof PortalSetPasswordLink>;

/** The one answer to a reset request, identical whether or not the username exists. */
export const PortalNotice = z.object({ message: singleLineText() }).meta({ id: 'PortalNotice' });
export type PortalNotice = z.infer<typeof PortalNotice>;

export const PortalPasswordResetConfirmRequest = z
  .object({ token: LinkToken, password: NewPortalPassword })
  .meta({ id: 'PortalPasswordResetConfirmRequest' });
export type PortalPasswordResetConfirmRequest = z.infer<typeof PortalPasswordResetConfirmRequest>;

export const PortalTokens = z
  .object({
    accessToken: singleLineText(),
    accessTokenExpiresAt: Timestamp,
    refreshToken: singleLineText().optional().meta({
      description:
        'Only where the browser did not send the portal cookies (no refresh or probe cookie): then send it back in the body. Where cookies work it stays in the HttpOnly cookie',
    }),
  })
  .meta({ id: 'PortalTokens' });
export type PortalTokens = z.infer<typeof PortalTokens>;

export const PortalMe = z
  .object({
    client: z.object({ id: singleLineText(), name: singleLineText(), type: ClientType }),
    profile: z.object({ id: singleLineText(), username: singleLineText() }),
    properties: z
      .array(z.object({ id: singleLineText(), address: singleLineText() }))
      .meta({ description: 'Properties the client owns or rents' }),
    agent: z.object({ name: singleLineText(), email: singleLineText() }).nullable(),
    sections: z
      .array(PortalSectionSchema)
      .meta({ description: 'What the grants allow, in display order' }),
  })
  .meta({ id: 'PortalMe' });
export type PortalMe = z.infer<typeof PortalMe>;

export const PortalDocument = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    kind: z.enum(['file', 'signing']),
    createdAt: Timestamp,
    downloadUrl: singleLineText(),
  })
  .meta({ id: 'PortalDocument' });
export type PortalDocument = z.infer<typeof PortalDocument>;

export const PortalDocumentList = pageOf(PortalDocument).meta({ id: 'PortalDocumentList' });
export type PortalDocumentList = z.infer<typeof PortalDocumentList>;

export const PortalFeedbackEntry = z
  .object({
    id: singleLineText(),
    propertyId: singleLineText(),
    showingAt: Timestamp,
    buyerName: singleLineText().meta({
      description: 'Already shown per the buyer-name display setting',
    }),
    rating: z.int().min(1).max(5).nullable(),
    comments: multiLineText(),
  })
  .meta({ id: 'PortalFeedbackEntry' });
export type PortalFeedbackEntry = z.infer<typeof PortalFeedbackEntry>;

export const PortalFeedbackList = pageOf(PortalFeedbackEntry).meta({ id: 'PortalFeedbackList' });
export type PortalFeedbackList = z.infer<typeof PortalFeedbackList>;

export const PortalActivityQuery = PageQuery.extend({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
})
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'The period ends before it starts',
    path: ['to'],
  })
  .meta({ id: 'PortalActivityQuery' });
export type PortalActivityQuery = z.input<typeof PortalActivityQuery>;

export const PortalActivityEntry = z
  .object({
    id: singleLineText(),
    at: Timestamp,
    kind: singleLineText().meta({ description: 'e.g. showing, offer, document, message, signing' }),
    summary: singleLineText(),
  })
  .meta({ id: 'PortalActivityEntry' });
export type PortalActivityEntry = z.infer<typeof PortalActivityEntry>;

export const PortalActivityList = pageOf(PortalActivityEntry).meta({ id: 'PortalActivityList' });
export type PortalActivityList = z.infer<typeof PortalActivityList>;

export const PortalMessage = z
  .object({
    id: singleLineText(),
    from: z.enum(['client', 'agent']),
    body: multiLineText(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'PortalMessage' });
export type PortalMessage = z.infer<typeof PortalMessage>;

export const PortalMessageList = pageOf(PortalMessage).meta({ id: 'PortalMessageList' });
export type PortalMessageList = z.infer<typeof PortalMessageList>;

export const SendPortalMessageRequest = z
  .object({ body: multiLineText().trim().min(1).max(5000) })
  .meta({ id: 'SendPortalMessageRequest' });
export type SendPortalMessageRequest = z.infer<typeof SendPortalMessageRequest>;
