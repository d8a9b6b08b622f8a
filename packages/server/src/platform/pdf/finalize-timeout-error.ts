/** Finalizing a document took longer than allowed and was stopped; the session stays incomplete. */
export class FinalizeTimeoutError extends Error {
  override readonly name = 'FinalizeTimeoutError';
  readonly code = 'finalize_timeout';

  constructor(readonly timeoutMs: number) {
    super(`Finalizing the document took longer than ${timeoutMs} ms and was stopped.`);
  }
}
