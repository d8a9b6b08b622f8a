// Gzipped size budgets (design §3), in bytes with 1 KB = 1000 bytes. `signport` is the bundle of
// every element together. An entry without a budget is measured but not limited.
export const budgets = {
  'client-portal-login': 12_000,
  // The shared base (one error path, the typed formatter, the taken-tag warning, telling a refused
  // origin from a network failure) costs every entry.
  'sender-picker': 10_200,
  'session-composer': 15_000,
  'signing-dashboard': 11_000,
  'sign-session': 30_000,
  // Its own entry, not part of `signport`: only pages that build templates pay for it.
  'template-builder': 25_000,
  signport: 45_000,
  // The agent's workspace: its own entries and one bundle of the five, not part of `signport`.
  'client-detail': 16_000,
  'client-list': 11_500,
  'plan-editor': 14_000,
  'task-list': 12_000,
  'usage-meter': 11_000,
  workspace: 24_000,
};
