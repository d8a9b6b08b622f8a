import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { JobHandlers } from '../../platform/jobs/job-handler.js';
import { deliverSms } from '../../platform/sms/deliver-sms.js';
import { SEND_SMS_JOB } from '../../platform/sms/queue-sms.js';
import { smsProviderFromEnv } from '../../platform/sms/sms-provider-from-env.js';
import type { SmsProvider } from '../../platform/sms/sms-provider.js';
import { PLAN_STEP_JOB } from './schedule-plan-step.js';
import { runPlanStep } from './run-plan-step.js';

/**
 * The job kinds of team plans: running a step, and delivering a text through the SMS provider
 * (by default the one the environment configures, see `smsProviderFromEnv`).
 */
export function createPlanJobHandlers({
  db,
  clock,
  publicUrl,
  getRootKey,
  smsProvider = smsProviderFromEnv({ db, clock }),
}: {
  db: Database;
  clock: Clock;
  /** Plan emails link to `{publicUrl}/unsubscribe/…`, signed with a key derived from the root key. */
  publicUrl: string;
  getRootKey: () => Promise<Uint8Array>;
  smsProvider?: SmsProvider;
}): JobHandlers {
  return {
    [PLAN_STEP_JOB]: runPlanStep({ db, clock, publicUrl, getRootKey }),
    [SEND_SMS_JOB]: deliverSms({ db, clock, provider: smsProvider }),
  };
}
