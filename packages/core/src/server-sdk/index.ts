// `@signport/core/server-sdk`: what a host backend uses with its secret key. Never ship it to a browser.
export { Signport, SignportUser } from './signport.js';
export type {
  ListQuery,
  PlanDefaults,
  SignportOptions,
  UploadTemplateRequest,
} from './signport.js';
export { PagedList } from './paged-list.js';
export type { Page } from './paged-list.js';
export type { CallOptions, TransportOptions } from './transport.js';
export { SignportConnectionError, SignportError } from './signport-error.js';
export { verifyWebhook, WebhookVerificationError } from './verify-webhook.js';
export type { VerifyWebhookOptions, WebhookEvent, WebhookHeaders } from './verify-webhook.js';
export type * from '../client/index.js';
