// Loading this module defines every element; it also exports their classes and types.
export { SignportProvider } from './signport-provider/signport-provider.js';

export { SignportElement } from './base/signport-element.js';
export { ApiCall } from './base/api-call.js';
export type { ApiCallOptions, ApiCallRenderers, ApiCallStatus } from './base/api-call.js';
export { signportContext } from './base/signport-context.js';
export type { SignportConfig } from './base/signport-context.js';
export { addMessages } from './base/messages.js';
export type { MessageKey, Messages } from './base/messages.js';
export type * from './events/event-map.js';
export type { TokenProvider } from '@signport/core/client';
