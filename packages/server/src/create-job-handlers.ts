import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/open-database.js';
import { deliverEmail } from './mail/deliver-email.js';
import { SEND_EMAIL_JOB } from './mail/send-email.js';
import { createPlanJobHandlers } from './plans/create-plan-job-handlers.js';
import { createPortalJobHandlers } from './portal/create-portal-job-handlers.js';
import { FINALIZE_SESSION_JOB, finalizeSessionJob } from './sealing/finalize-session-job.js';
import { embedTokenKey } from './embed-tokens/embed-token-key.js';
import { deliverWebhook } from './webhooks/deliver-webhook.js';
import { WEBHOOK_DELIVERY_JOB } from './webhooks/schedule-webhook-attempt.js';
import { FORM_DRAFT_EXPIRY_JOB, formDraftExpiryJob } from './forms/form-draft-expiry-job.js';
import { EXPIRE_SESSION_JOB, sessionExpiryJob } from './sessions/session-expiry-job.js';
import { sessionRemindersJob } from './sessions/session-reminders-job.js';
import { SESSION_REMINDERS_JOB } from './sessions/start-session-reminders.js';
import {
  RENDER_TEMPLATE_PAGES_JOB,
  renderTemplatePagesJob,
} from './templates/render-template-pages-job.js';
import type { JobHandlers } from './jobs/job-handler.js';

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
  return {
    [SEND_EMAIL_JOB]: deliverEmail({
      db,
      clock,
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
    }),
    ...createPlanJobHandlers({ db, clock }),
    ...createPortalJobHandlers({ db, clock, publicUrl: config.publicUrl }),
    [FINALIZE_SESSION_JOB]: finalizeSessionJob({ db, clock, config }),
    [EXPIRE_SESSION_JOB]: sessionExpiryJob({ db, clock }),
    [SESSION_REMINDERS_JOB]: sessionRemindersJob({ db, clock, config }),
    [RENDER_TEMPLATE_PAGES_JOB]: renderTemplatePagesJob({ db, clock, config }),
    [FORM_DRAFT_EXPIRY_JOB]: formDraftExpiryJob({ db, clock, config }),
    [WEBHOOK_DELIVERY_JOB]: deliverWebhook({
      db,
      clock,
      getRootKey: embedTokenKey(db, config.secret),
      allowPrivateUrls: config.webhooksAllowPrivateUrls,
    }),
  };
}
