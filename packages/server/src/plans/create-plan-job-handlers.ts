import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import type { JobHandlers } from '../jobs/job-handler.js';
import { deliverSms } from '../sms/deliver-sms.js';
import { SEND_SMS_JOB } from '../sms/queue-sms.js';
import { smsProviderFromEnv } from '../sms/sms-provider-from-env.js';
import type { SmsProvider } from '../sms/sms-provider.js';
import { PLAN_STEP_JOB } from './schedule-plan-step.js';
import { runPlanStep } from './run-plan-step.js';

/**
 * The job kinds of team plans: running a step, and delivering a text through the SMS provider
 * (by default the one the environment configures, see `smsProviderFromEnv`).
 */
export function createPlanJobHandlers({
  db,
  clock,
  smsProvider = smsProviderFromEnv({ db, clock }),
}: {
  db: Database;
  clock: Clock;
  smsProvider?: SmsProvider;
}): JobHandlers {
  return {
    [PLAN_STEP_JOB]: runPlanStep({ db, clock }),
    [SEND_SMS_JOB]: deliverSms({ db, clock, provider: smsProvider }),
  };
}
