export interface EntrySize {
  bytes: number;
  gzipBytes: number;
  /** Present when the entry has a budget. */
  budgetBytes?: number;
  withinBudget?: boolean;
}

export function measureSizes(): Record<string, EntrySize>;
