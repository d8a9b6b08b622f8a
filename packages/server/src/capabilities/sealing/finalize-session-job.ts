import { z } from 'zod';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { finalizeSession, type FinalizeSessionDeps } from './finalize-session.js';

export const FINALIZE_SESSION_JOB = 'finalize_session';

export const FinalizeSessionPayload = z.object({ accountId: z.string(), sessionId: z.string() });

/**
 * The `finalize_session` job: queued with the last signature, so a finalization cut short by a crash
 * or a deploy is done again by the next worker.
 */
export function finalizeSessionJob(deps: FinalizeSessionDeps): JobHandler {
  return async (payload) => {
    await finalizeSession(deps, FinalizeSessionPayload.parse(payload));
  };
}
