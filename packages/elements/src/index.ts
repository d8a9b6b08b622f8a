// Loading this module defines every element; it also exports their classes and types.
export { SignportProvider } from './signport-provider/signport-provider.js';
export { ClientPortalLogin } from './client-portal-login/client-portal-login.js';
export { ClientPortal } from './client-portal/client-portal.js';
export { PortalAccessSetup } from './portal-access-setup/portal-access-setup.js';
export { SenderPicker } from './sender-picker/sender-picker.js';
export { SignSession } from './sign-session/sign-session.js';
export { PlanDefaultsElement } from './plan-defaults/plan-defaults.js';
export { SessionComposer } from './session-composer/session-composer.js';
export { SigningDashboard } from './signing-dashboard/signing-dashboard.js';

export { SignportElement } from './base/signport-element.js';
export { define, defineAs } from './base/define.js';
export { ApiCall } from './base/api-call.js';
export type { ApiCallOptions, ApiCallRenderers, ApiCallStatus } from './base/api-call.js';
export { signportContext } from './base/signport-context.js';
export type { SignportConfig } from './base/signport-context.js';
export { addMessages } from './base/messages.js';
export type { MessageKey, Messages } from './base/messages.js';
export type * from './events/event-map.js';
export type { TokenProvider } from '@signport/core/client';
