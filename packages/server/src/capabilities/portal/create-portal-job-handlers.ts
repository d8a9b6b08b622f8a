import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { JobHandlers } from '../../platform/jobs/job-handler.js';
import { PORTAL_PASSWORD_RESET_JOB, PORTAL_SIGN_IN_LINK_JOB } from './request-password-reset.js';
import { sendPasswordResetLink } from './send-password-reset-link.js';
import { sendSignInLink } from './send-sign-in-link.js';

/** The client portal's job kinds. */
export function createPortalJobHandlers(deps: {
  db: Database;
  clock: Clock;
  publicUrl: string;
}): JobHandlers {
  return {
    [PORTAL_PASSWORD_RESET_JOB]: sendPasswordResetLink(deps),
    [PORTAL_SIGN_IN_LINK_JOB]: sendSignInLink(deps),
  };
}
