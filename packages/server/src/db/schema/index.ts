export * from './accounts.js';
export * from './users.js';
export * from './jobs.js';
export * from './outbox-emails.js';
export * from './rate-limits.js';
export * from './server-settings.js';
