import {
  fieldLimits,
  fieldTypes,
  isOptionField,
  isPerPartyField,
  type FieldType,
} from './field-model.js';

/**
 * Text tags: fields written into a PDF's text, placed where the tag is drawn. The syntax is
 * `{{type:role;attribute;…}}`, close to DocuSeal's `{{Name;type=…;role=…}}` and DocuSign's anchor tabs:
 *
 * - `{{signature:buyer}}`, `{{date_signed:buyer}}`, `{{initials:seller;page=all}}`
 * - `{{text:buyer;name=buyer_name;label=Buyer name;required}}`
 * - `{{radio:buyer;name=financing;options=Cash|Loan}}`, `{{text:buyer;width=200;height=18}}`
 *
 * Attributes: `name=` (field id), `label=`, `required` / `optional` (or `required=true|false`),
 * `options=a|b` (radio, select), `width=` / `height=` (points), `page=all` (signature, initials and
 * date_signed: the field on every page at the tag's position). See docs/text-tags.md.
 */

/** Role keys in tags follow the template's rule for role keys. */
const ROLE_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const FIELD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Largest `width=` / `height=`, in points: the largest page the PDF specification allows. */
const MAX_SIZE_PT = 14_400;
const ATTRIBUTES = ['name', 'label', 'required', 'optional', 'options', 'width', 'height', 'page'];

/** What one tag asks for. */
export interface TextTagSpec {
  type: FieldType;
  role: string;
  /** `name=`: the field's id. */
  id?: string;
  label?: string;
  required?: boolean;
  options?: string[];
  /** `width=` and `height=`, in points. */
  width?: number;
  height?: number;
  /** `page=all`: the field on every page. */
  everyPage: boolean;
}

export type ParsedTextTag = { ok: true; value: TextTagSpec } | { ok: false; message: string };

/** Reads one tag, `{{` and `}}` included; the message says what is wrong with it, for its author. */
export function parseTextTag(tag: string): ParsedTextTag {
  if (!tag.endsWith('}}')) return fail('The tag is not closed: end it with }} on the same line');
  const body = tag.replace(/^\{\{/, '').replace(/\}\}$/, '');
  const [head = '', ...attributes] = body.split(';').map((part) => part.trim());
  const match = /^([A-Za-z_]+)\s*:\s*(\S*)$/.exec(head);
  if (!match) return fail('Start the tag with a field type and a role, e.g. {{signature:buyer}}');
  const type = match[1]!.toLowerCase();
  const role = match[2]!;
  if (!(fieldTypes as readonly string[]).includes(type)) {
    return fail(`Unknown field type “${match[1]}”; use one of ${fieldTypes.join(', ')}`);
  }
  if (!ROLE_KEY.test(role)) {
    return fail(`“${role}” is not a role key: use lower-case letters, digits and _ (e.g. buyer)`);
  }
  const spec: TextTagSpec = { type: type as FieldType, role, everyPage: false };
  const seen = new Set<string>();
  for (const attribute of attributes) {
    if (attribute === '') continue;
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.length > 0 ? rest.join('=').trim() : undefined;
    if (!ATTRIBUTES.includes(key)) return fail(`Unknown option “${rawKey.trim()}”`);
    const group = key === 'optional' ? 'required' : key;
    if (seen.has(group)) return fail(`“${key}” is given twice`);
    seen.add(group);
    const problem = applyAttribute(spec, key, value);
    if (problem) return fail(problem);
  }
  if (isOptionField(spec.type) && !spec.options) {
    return fail(`A ${spec.type} tag needs options, e.g. options=Yes|No`);
  }
  if (!isOptionField(spec.type) && spec.options) return fail(`A ${spec.type} tag has no options`);
  if (spec.everyPage && !isPerPartyField(spec.type)) {
    return fail('page=all is for signature, initials and date_signed tags');
  }
  return { ok: true, value: spec };
}

/** Sets one attribute on `spec`; the problem with it, if any. */
function applyAttribute(
  spec: TextTagSpec,
  key: string,
  value: string | undefined,
): string | undefined {
  switch (key) {
    case 'required':
    case 'optional': {
      if (value === undefined) {
        spec.required = key === 'required';
        return undefined;
      }
      if (value !== 'true' && value !== 'false') return `${key} is true or false`;
      spec.required = (value === 'true') === (key === 'required');
      return undefined;
    }
    case 'name':
      if (!value || !FIELD_ID.test(value)) {
        return 'name= takes a field id: letters, digits and . _ - (at most 100)';
      }
      spec.id = value;
      return undefined;
    case 'label':
      if (!value || value.length > 200) return 'label= takes a text of at most 200 characters';
      spec.label = value;
      return undefined;
    case 'options': {
      const options = (value ?? '').split('|').map((option) => option.trim());
      if (options.some((option) => option === '')) return 'options= takes choices such as Yes|No';
      if (new Set(options).size !== options.length) return 'Options must differ';
      if (options.length > fieldLimits.optionsPerField) {
        return `At most ${fieldLimits.optionsPerField} options`;
      }
      if (options.some((option) => option.length > fieldLimits.optionMaxLength)) {
        return `An option has at most ${fieldLimits.optionMaxLength} characters`;
      }
      spec.options = options;
      return undefined;
    }
    case 'width':
    case 'height': {
      const size = Number(value);
      if (!value || !Number.isFinite(size) || size <= 0 || size > MAX_SIZE_PT) {
        return `${key}= takes a size in points, e.g. ${key}=${key === 'width' ? 150 : 30}`;
      }
      spec[key] = size;
      return undefined;
    }
    default: // page
      if (value !== 'all') return 'page= takes the value all';
      spec.everyPage = true;
      return undefined;
  }
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
