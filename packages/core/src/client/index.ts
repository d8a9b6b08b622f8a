export { ApiClient } from './api-client.js';
export type { ApiClientOptions, RequestOptions, TokenProvider } from './api-client.js';
export { SignportApiError } from './api-error.js';
export type * from '../schemas/error.js';
export type * from '../schemas/user.js';
export type * from '../schemas/embed-token.js';
export type * from '../schemas/me.js';
export type * from '../schemas/health.js';
