// Gzipped size budgets (design §3), in bytes with 1 KB = 1000 bytes. `signport` is the bundle of
// every element together. An entry without a budget is measured but not limited.
// Raised with the design system (issue #18): the shared buttons, inputs and dialogs in the base cost
// every entry about 0.6 KB, and replace each element's own copies.
// + about 60 bytes each: every element asks the server for refusals in its own language.
export const budgets = {
  'client-portal-login': 12_800,
  // The shared base (one error path, the typed formatter, the taken-tag warning, telling a refused
  // origin from a network failure, the per-tag errors of a text-tagged upload) costs every entry.
  'sender-picker': 11_000,
  // + inline checks of each person as they are typed; packets: the ordered, keyboard-movable list
  // of documents signed together; + the language of refusals (60 bytes) and numbered one-row documents.
  'session-composer': 16_600,
  // + each row's parties with progress, status chips, and remind, void (confirmed) and download.
  // + rows stacked as cards on a phone (a container query), so nothing scrolls sideways.
  'signing-dashboard': 13_200,
  // + the sender's header, the next-step guide, the field-by-field phone mode and "Initial all".
  'sign-session': 32_500,
  // Its own entry, not part of `signport`: only pages that build templates pay for it.
  'template-builder': 25_000,
  // The sum of the above: the base once, sign-session's +2.5 KB, the dashboard's +2 KB, packets.
  // +0.2 KB: the packet's numbered one-row documents, the portal's compact password toggle and
  // the language of refusals.
  signport: 51_200,
  // The agent's workspace: its own entries and one bundle of the five, not part of `signport`.
  // Each carries the shared controls of the base (about 0.6 KB).
  'client-detail': 16_000,
  'client-list': 11_500,
  'plan-editor': 14_000,
  'task-list': 12_000,
  'usage-meter': 11_200,
  workspace: 24_000,
};
