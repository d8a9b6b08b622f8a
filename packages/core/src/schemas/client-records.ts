import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import { Id, PageQuery, Timestamp, pageOf } from './common.js';
import { communicationKinds } from './client-portal.js';

const propertyShape = {
  address: singleLineText().trim().min(1).max(300),
  reference: singleLineText()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Your own reference, e.g. the MLS number' }),
};

/** A property clients own or rent; owners link to it here or through the client's `propertyIds`. */
export const CreatePropertyRequest = z
  .object({
    ...propertyShape,
    ownerIds: z
      .array(Id)
      .max(100)
      .optional()
      .meta({
        description:
          'Clients who own or rent it. An agent names at least one of their own clients: a property is seen ' +
          'only by the agents of its clients',
      }),
  })
  .meta({ id: 'CreatePropertyRequest' });
export type CreatePropertyRequest = z.input<typeof CreatePropertyRequest>;

export const UpdatePropertyRequest = z
  .object(propertyShape)
  .partial()
  .meta({ id: 'UpdatePropertyRequest' });
export type UpdatePropertyRequest = z.input<typeof UpdatePropertyRequest>;

export const Property = z
  .object({
    id: singleLineText(),
    address: singleLineText(),
    reference: singleLineText().nullable(),
    ownerIds: z.array(singleLineText()).meta({ description: 'Clients linked to this property' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Property' });
export type Property = z.infer<typeof Property>;

export const PropertyList = pageOf(Property).meta({ id: 'PropertyList' });
export type PropertyList = z.infer<typeof PropertyList>;

/** Who wrote a timeline entry: the host (secret key), an agent (embed token) or Signport itself. */
export const EntrySource = z.enum(['host', 'agent', 'signport']).meta({ id: 'EntrySource' });
export type EntrySource = z.infer<typeof EntrySource>;

export const CommunicationEntry = z
  .object({
    id: singleLineText(),
    kind: z.enum(communicationKinds),
    summary: singleLineText(),
    body: multiLineText().nullable(),
    occurredAt: Timestamp,
    source: EntrySource,
    createdAt: Timestamp,
  })
  .meta({ id: 'CommunicationEntry' });
export type CommunicationEntry = z.infer<typeof CommunicationEntry>;

export const CommunicationList = pageOf(CommunicationEntry).meta({ id: 'CommunicationList' });
export type CommunicationList = z.infer<typeof CommunicationList>;

/** Activity kinds are open-ended; `showing`, `offer`, `document`, `message` and `signing` are shown only with their grant. */
export const ActivityKind = singleLineText()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and _ (e.g. showing)')
  .meta({ example: 'showing' });

export const CreateActivityRequest = z
  .object({
    kind: ActivityKind,
    summary: singleLineText().trim().min(1).max(500),
    occurredAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'CreateActivityRequest' });
export type CreateActivityRequest = z.input<typeof CreateActivityRequest>;

export const ActivityEntry = z
  .object({
    id: singleLineText(),
    kind: singleLineText(),
    summary: singleLineText(),
    occurredAt: Timestamp,
    source: EntrySource,
    createdAt: Timestamp,
  })
  .meta({ id: 'ActivityEntry' });
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityList = pageOf(ActivityEntry).meta({ id: 'ActivityList' });
export type ActivityList = z.infer<typeof ActivityList>;

/** A file in the client's cabinet; `accessible` ones are shown in the portal. */
export const ClientDocument = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    contentType: singleLineText(),
    size: z.int(),
    kind: z.enum(['file', 'signing']),
    accessible: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ClientDocument' });
export type ClientDocument = z.infer<typeof ClientDocument>;

export const ClientDocumentList = pageOf(ClientDocument).meta({ id: 'ClientDocumentList' });
export type ClientDocumentList = z.infer<typeof ClientDocumentList>;

export const UpdateClientDocumentRequest = z
  .object({
    name: singleLineText().trim().min(1).max(200).optional(),
    accessible: z.boolean().optional(),
  })
  .meta({ id: 'UpdateClientDocumentRequest' });
export type UpdateClientDocumentRequest = z.input<typeof UpdateClientDocumentRequest>;

/** Feedback from a showing, kept with the buyer's full name; the portal shows it per the client's setting. */
export const CreateFeedbackRequest = z
  .object({
    buyerName: singleLineText().trim().max(200).default(''),
    comments: multiLineText().trim().min(1).max(5000),
    rating: z.int().min(1).max(5).optional(),
    showingAt: z.iso.datetime(),
  })
  .meta({ id: 'CreateFeedbackRequest' });
export type CreateFeedbackRequest = z.input<typeof CreateFeedbackRequest>;

export const FeedbackEntry = z
  .object({
    id: singleLineText(),
    propertyId: singleLineText(),
    buyerName: singleLineText(),
    comments: multiLineText(),
    rating: z.int().nullable(),
    showingAt: Timestamp,
    createdAt: Timestamp,
  })
  .meta({ id: 'FeedbackEntry' });
export type FeedbackEntry = z.infer<typeof FeedbackEntry>;

export const FeedbackList = pageOf(FeedbackEntry).meta({ id: 'FeedbackList' });
export type FeedbackList = z.infer<typeof FeedbackList>;

export const TimelineQuery = PageQuery.meta({ id: 'TimelineQuery' });

/** The agent's unread client messages, in total and per client. */
export const UnreadClientMessages = z
  .object({
    total: z.int(),
    clients: z.array(
      z.object({ clientId: singleLineText(), name: singleLineText(), unread: z.int() }),
    ),
  })
  .meta({ id: 'UnreadClientMessages' });
export type UnreadClientMessages = z.infer<typeof UnreadClientMessages>;
