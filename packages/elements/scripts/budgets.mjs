// Gzipped size budgets (design §3), in bytes with 1 KB = 1000 bytes. `signport` is the bundle of
// every element together. An entry without a budget is measured but not limited.
export const budgets = {
  'client-portal-login': 12_000,
  // The shared base (one error path, the typed formatter, the taken-tag warning, telling a refused
  // origin from a network failure, the per-tag errors of a text-tagged upload) costs every entry.
  'sender-picker': 10_300,
  // Packets: the ordered, keyboard-movable list of documents signed together.
  'session-composer': 16_000,
  'signing-dashboard': 11_000,
  'sign-session': 30_000,
  // Its own entry, not part of `signport`: only pages that build templates pay for it.
  'template-builder': 25_000,
  // Packets in the composer and "Initial all" in the signing screen took it past 45 KB.
  signport: 47_000,
  // The agent's workspace: its own entries and one bundle of the five, not part of `signport`.
  'client-detail': 16_000,
  'client-list': 11_500,
  'plan-editor': 14_000,
  'task-list': 12_000,
  'usage-meter': 11_000,
  workspace: 24_000,
};
