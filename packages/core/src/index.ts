export * from './schemas/error.js';
export * from './schemas/health.js';
export * from './schemas/user.js';
export * from './schemas/embed-token.js';
export * from './schemas/me.js';
