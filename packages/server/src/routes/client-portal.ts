import type { App, AppContext } from '../app-context.js';
import { databaseBlobStore } from '../platform/blobs/database-blob-store.js';
import { registerClientDocumentRoutes } from './client-documents.js';
import { registerClientMessageRoutes } from './client-messages.js';
import { registerClientTimelineRoutes } from './client-timeline.js';
import { registerClientRoutes } from './clients.js';
import { registerPortalAccessRoutes } from './portal-access.js';
import { registerPortalActivationPageRoutes } from './portal-activation-page.js';
import { registerPortalAuthRoutes } from './portal-auth.js';
import { registerPortalRoutes } from './portal.js';
import { registerPropertyRoutes } from './properties.js';

/** Clients, properties, the agent's portal setup, and the client portal itself. */
export function registerClientPortalRoutes(app: App, context: AppContext): void {
  const blobStore = databaseBlobStore({ db: context.db, clock: context.clock });
  registerClientMessageRoutes(app, context);
  registerClientRoutes(app, context, blobStore);
  registerClientTimelineRoutes(app, context);
  registerClientDocumentRoutes(app, context, blobStore);
  registerPropertyRoutes(app, context);
  registerPortalAccessRoutes(app, context);
  registerPortalAuthRoutes(app, context);
  registerPortalRoutes(app, context, blobStore);
  registerPortalActivationPageRoutes(app, context);
}
