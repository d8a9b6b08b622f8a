import { addMessages, message } from '../base/messages.js';

const english = {
  builderTitle: 'Template',
  builderName: 'Template name',
  builderAddField: 'Add a field',
  builderAddHint:
    'Choose a type, then click or drag on a page. From the keyboard, the type button adds the field to page {page}; arrow keys move it, Shift+arrows resize it, Delete removes it.',
  builderPlacing: 'Click or drag on a page to place the {type} field. Escape cancels.',
  builderUndo: 'Undo',
  builderRedo: 'Redo',
  builderSaved: 'All changes saved',
  builderSaving: 'Saving…',
  builderUnsaved: 'Unsaved changes',
  builderNotSaved: 'Not saved: {message}',
  builderPreview: 'Preview as',
  builderPreviewNone: 'Nobody (edit)',
  builderPreviewNote: 'Showing what {role} sees: their fields are highlighted, the others dimmed.',
  builderPage: 'Page {number} of {count}',
  builderFieldBox: '{name}: {type} for {role}, page {page}',
  builderFieldInvalid: '{name}: {message}',
  builderFields: 'Fields',
  builderNoFields: 'No fields yet.',
  builderFieldListItem: '{name} ({type}, {role}, page {page})',
  builderSelected: 'Field settings',
  builderLabel: 'Label',
  builderType: 'Type',
  builderRole: 'Role',
  builderOnPage: 'Page',
  builderRequired: 'Required',
  builderLocked: 'Locked (only the sender fills it)',
  builderDefault: 'Default value',
  builderNoDefault: 'None',
  builderOptions: 'Options, one a line',
  builderMaxLength: 'Maximum length',
  builderEveryPage: 'Duplicate on every page',
  builderCopyTo: 'Copy to page',
  builderCopy: 'Copy',
  builderCopyName: '{name} (page {page})',
  builderDelete: 'Delete field',
  builderRoles: 'Roles',
  builderRoleName: 'Name',
  builderRoleKey: 'Key',
  builderRoleOrder: 'Order',
  builderRoleColour: 'Colour {n}',
  builderAddRole: 'Add a role',
  builderRemoveRole: 'Remove {name}',
  builderNewRole: 'Signer {n}',
  builderSigningOrder: 'Signing order',
  builderParallel: 'Everyone at once',
  builderSequential: 'One role after another, by order',
  builderUploadTitle: 'Start from a PDF',
  builderUploadPick: 'Choose a PDF or drop it here',
  builderUploading: 'Uploading {name}…',
  builderTagProblem: 'Page {page}, {tag}: {message}',
  builderProcessing: 'Preparing pages: {done} of {total}',
  builderPhone:
    'Editing a template needs a wider screen (at least 640 pixels): use a tablet or a computer. Here you can look at its fields.',
  builderField_signature: 'Signature',
  builderField_initials: 'Initials',
  builderField_text: 'Text',
  builderField_date: 'Date',
  builderField_date_signed: 'Date signed',
  builderField_checkbox: 'Checkbox',
  builderField_radio: 'Radio buttons',
  builderField_select: 'Drop-down',
  builderField_number: 'Number',
  builderField_email: 'Email',
  builderField_attachment: 'Attachment',
};

export type TemplateBuilderMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends TemplateBuilderMessages {}
}

addMessages('en', english);

/** The text for `key` at `element`'s language, with `{placeholders}` filled in from `values`. */
export function text(
  element: Element,
  key: keyof TemplateBuilderMessages,
  values: Record<string, string | number> = {},
): string {
  return message(element, key).replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}
