/** What a handler knows about the job it runs. */
export interface JobContext {
  jobId: string;
  accountId: string | null;
  /** 1 on the first run. */
  attempt: number;
}

/** Does the work of one job kind; throwing schedules a retry with backoff. */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

/** Handlers by job kind. */
export type JobHandlers = Record<string, JobHandler>;
