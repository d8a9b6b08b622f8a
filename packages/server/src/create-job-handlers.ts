import { blobStoreFactory } from './platform/blobs/blob-store-factory.js';
import type { Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/open-database.js';
import { deliverEmail } from './platform/mail/deliver-email.js';
import { SEND_EMAIL_JOB } from './platform/mail/send-email.js';
import { createPlanJobHandlers } from './capabilities/plans/create-plan-job-handlers.js';
import { createPortalJobHandlers } from './capabilities/portal/create-portal-job-handlers.js';
import {
  FINALIZE_SESSION_JOB,
  finalizeSessionJob,
} from './capabilities/sealing/finalize-session-job.js';
import { embedTokenKey } from './capabilities/embed-tokens/embed-token-key.js';
import { deliverWebhook } from './capabilities/webhooks/deliver-webhook.js';
import { WEBHOOK_DELIVERY_JOB } from './capabilities/webhooks/schedule-webhook-attempt.js';
import {
  FORM_DRAFT_EXPIRY_JOB,
  formDraftExpiryJob,
} from './capabilities/forms/form-draft-expiry-job.js';
import {
  EXPIRE_SESSION_JOB,
  sessionExpiryJob,
} from './capabilities/sessions/session-expiry-job.js';
import { sessionRemindersJob } from './capabilities/sessions/session-reminders-job.js';
import { SESSION_REMINDERS_JOB } from './capabilities/sessions/start-session-reminders.js';
import {
  RENDER_TEMPLATE_PAGES_JOB,
  renderTemplatePagesJob,
} from './capabilities/templates/render-template-pages-job.js';
import type { JobHandlers } from './platform/jobs/job-handler.js';

/** Every job kind the server knows, wired to its handler. */
export function createJobHandlers({
  db,
  config,
  clock,
}: {
  db: Database;
  config: Config;
  clock: Clock;
}): JobHandlers {
  const blobStoreFor = blobStoreFactory(config.blobStore, clock);
  return {
    [SEND_EMAIL_JOB]: deliverEmail({
      db,
      clock,
      blobStoreFor,
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
    }),
    ...createPlanJobHandlers({
      db,
      clock,
      publicUrl: config.publicUrl,
      getRootKey: embedTokenKey(db, config.secret),
    }),
    ...createPortalJobHandlers({ db, clock, publicUrl: config.publicUrl }),
    [FINALIZE_SESSION_JOB]: finalizeSessionJob({ db, clock, config, blobStoreFor }),
    [EXPIRE_SESSION_JOB]: sessionExpiryJob({ db, clock }),
    [SESSION_REMINDERS_JOB]: sessionRemindersJob({ db, clock, config }),
    [RENDER_TEMPLATE_PAGES_JOB]: renderTemplatePagesJob({ db, clock, config, blobStoreFor }),
    [FORM_DRAFT_EXPIRY_JOB]: formDraftExpiryJob({ db, clock, config }),
    [WEBHOOK_DELIVERY_JOB]: deliverWebhook({
      db,
      clock,
      getRootKey: embedTokenKey(db, config.secret),
      allowPrivateUrls: config.webhooksAllowPrivateUrls,
    }),
  };
}
