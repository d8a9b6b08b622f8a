/** What a plan step's text may name in `{{…}}`; each is filled in when the step runs. */
export const planMergeFields = [
  'contact.name',
  'contact.first_name',
  'agent.name',
  'agent.email',
] as const;
export type PlanMergeField = (typeof planMergeFields)[number];

const placeholder = /\{\{\s*([a-z_.]+)\s*\}\}/g;

/**
 * Fills the merge fields of a step's text. An unknown name stays as written, so a typo shows up in
 * what the contact receives rather than silently vanishing.
 *
 * @example
 * fillPlanMergeFields('Hi {{contact.first_name}}', { 'contact.first_name': 'Olivia' }) // 'Hi Olivia'
 */
export function fillPlanMergeFields(
  text: string,
  values: Partial<Record<PlanMergeField, string>>,
): string {
  return text.replace(placeholder, (written, name: string) =>
    name in values ? (values[name as PlanMergeField] ?? '') : written,
  );
}

/** The merge values for a contact and the agent who carries the step. */
export function planMergeValues(
  contact: { name: string },
  agent: { name: string; email: string } | undefined,
): Partial<Record<PlanMergeField, string>> {
  return {
    'contact.name': contact.name,
    'contact.first_name': contact.name.trim().split(/\s+/)[0] ?? contact.name,
    ...(agent && { 'agent.name': agent.name, 'agent.email': agent.email }),
  };
}
