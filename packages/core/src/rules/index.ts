// Pure domain rules: no zod and no Node APIs, so the browser elements may import them too.
export * from './rule-result.js';
export * from './email-address.js';
export * from './field-model.js';
export * from './validate-field-value.js';
export * from './session-state.js';
export * from './signing-order.js';
export * from './field-access.js';
export * from './required-fields.js';
export * from './party-progress.js';
export * from './next-party-routing.js';
export * from './sender-resolution.js';
export * from './plan-assignee.js';
export * from './buyer-name-display.js';
export * from './portal-grants.js';
export * from './portal-password.js';
export * from './text-characters.js';
export * from './portal-sign-in-link.js';
