import { z } from 'zod';
import { singleLineText, multiLineText, httpUrlText } from './text.js';
import { Id, PageQuery, Timestamp, pageOf } from './common.js';

/** Every event a webhook endpoint can receive. */
export const webhookEventTypes = [
  'session.created',
  'session.sent',
  'party.viewed',
  'party.signed',
  'party.declined',
  'session.completed',
  'session.voided',
  'session.expired',
  'portal.access_granted',
  'portal.invite_sent',
  'portal.activated',
  'portal.password_reset',
  'client.deactivated',
  'portal.message_received',
] as const;
export const WebhookEventType = z.enum(webhookEventTypes).meta({ id: 'WebhookEventType' });
export type WebhookEventType = z.infer<typeof WebhookEventType>;

const WebhookUrl = httpUrlText()
  .max(2000)
  .meta({
    description:
      'Where deliveries are POSTed. `https` only, and never a private, loopback or link-local address, ' +
      'unless the server runs with `WEBHOOKS_ALLOW_PRIVATE_URLS=true`',
    example: 'https://api.example.com/signport/webhooks',
  });

const EventTypeFilter = z
  .array(WebhookEventType)
  .min(1)
  .max(webhookEventTypes.length)
  .refine((types) => new Set(types).size === types.length, 'List each event type once')
  .meta({ uniqueItems: true });

export const CreateWebhookRequest = z
  .object({
    url: WebhookUrl,
    description: singleLineText().trim().max(500).default(''),
    eventTypes: EventTypeFilter.nullable()
      .default(null)
      .meta({ description: 'The events sent to this endpoint; null or absent: every event' }),
    enabled: z.boolean().default(true),
  })
  .meta({ id: 'CreateWebhookRequest' });
export type CreateWebhookRequest = z.input<typeof CreateWebhookRequest>;

export const UpdateWebhookRequest = z
  .object({
    url: WebhookUrl.optional(),
    description: singleLineText().trim().max(500).optional(),
    eventTypes: EventTypeFilter.nullable().optional().meta({ description: 'null: every event' }),
    enabled: z.boolean().optional(),
  })
  .meta({ id: 'UpdateWebhookRequest' });
export type UpdateWebhookRequest = z.input<typeof UpdateWebhookRequest>;

export const WebhookEndpoint = z
  .object({
    id: singleLineText(),
    url: singleLineText(),
    description: singleLineText(),
    eventTypes: z.array(WebhookEventType).nullable().meta({ description: 'null: every event' }),
    enabled: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const WebhookEndpointList = z
  .object({ items: z.array(WebhookEndpoint) })
  .meta({ id: 'WebhookEndpointList' });
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

export const WebhookSecret = z
  .object({
    secret: singleLineText().meta({
      description: 'The signing secret, `whsec_` + base64 of 32 random bytes (Standard Webhooks)',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    }),
    previousSecretExpiresAt: Timestamp.nullable().meta({
      description:
        'After a rotation, deliveries are also signed with the previous secret until then',
    }),
  })
  .meta({ id: 'WebhookSecret' });
export type WebhookSecret = z.infer<typeof WebhookSecret>;

/** `POST /v1/webhooks`: the endpoint and, this once in the response, its secret. */
export const CreatedWebhookEndpoint = WebhookEndpoint.extend({ secret: singleLineText() }).meta({
  id: 'CreatedWebhookEndpoint',
});
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpoint>;

export const webhookDeliveryStatuses = ['pending', 'succeeded', 'failed'] as const;

export const WebhookDeliveryAttempt = z
  .object({
    attempt: z.number().int(),
    at: Timestamp,
    durationMs: z.number().int(),
    statusCode: z.number().int().nullable().meta({ description: 'null: no HTTP answer' }),
    error: singleLineText()
      .nullable()
      .meta({ description: 'Why no HTTP answer came (timeout, refused…)' }),
    responseExcerpt: multiLineText().meta({
      description: 'The first 500 characters of the answer',
    }),
  })
  .meta({ id: 'WebhookDeliveryAttempt' });
export type WebhookDeliveryAttempt = z.infer<typeof WebhookDeliveryAttempt>;

export const WebhookDelivery = z
  .object({
    id: singleLineText(),
    endpointId: singleLineText(),
    eventId: singleLineText().meta({
      description: 'The `webhook-id` header: the same for every attempt and redelivery',
    }),
    eventType: WebhookEventType,
    status: z.enum(webhookDeliveryStatuses),
    attemptCount: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    nextAttemptAt: Timestamp.nullable(),
    redeliveryOf: singleLineText()
      .nullable()
      .meta({ description: 'The delivery this one repeats' }),
    createdAt: Timestamp,
    attempts: z.array(WebhookDeliveryAttempt).meta({ description: 'Oldest first' }),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const ListWebhookDeliveriesQuery = PageQuery.extend({
  status: z.enum(webhookDeliveryStatuses).optional(),
}).meta({ id: 'ListWebhookDeliveriesQuery' });
export type ListWebhookDeliveriesQuery = z.input<typeof ListWebhookDeliveriesQuery>;

export const WebhookDeliveryList = pageOf(WebhookDelivery).meta({ id: 'WebhookDeliveryList' });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;

export const WebhookParams = z.object({ id: Id.meta({ description: 'The endpoint’s id' }) });
