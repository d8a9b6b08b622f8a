/** Whether a template can hold attachments at all: without such a field there is nothing to read. */
export function hasAttachmentFields(template: {
  fields: ReadonlyArray<{ type: string }>;
}): boolean {
  return template.fields.some((field) => field.type === 'attachment');
}
