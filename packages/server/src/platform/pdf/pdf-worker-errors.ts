/** A PDF task went past its time (ms) or memory (MB) limit and its worker thread was stopped. */
export class PdfWorkerLimitError extends Error {
  override readonly name = 'PdfWorkerLimitError';

  constructor(
    readonly limit: 'time' | 'memory',
    readonly value: number,
  ) {
    super(
      limit === 'time'
        ? `Working on the PDF took longer than ${value / 1000} s and was stopped.`
        : `Working on the PDF needed more than ${value} MB of memory and was stopped.`,
    );
  }
}

/** The account already has as many PDFs in work as it may; it can try again in a moment. */
export class PdfBusyError extends Error {
  override readonly name = 'PdfBusyError';

  constructor(readonly maxPerAccount: number) {
    super(
      `This account already has ${maxPerAccount} PDF${maxPerAccount === 1 ? '' : 's'} being ` +
        'processed; try again when one is done.',
    );
  }
}
