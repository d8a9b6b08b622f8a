import { fieldLimits, type FieldType } from './field-model.js';
import { parseTextTag, type TextTagSpec } from './text-tags.js';

/** Fractions of the displayed page, origin top-left, as template fields are placed. */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tag found in a PDF's text. */
export interface FoundTextTag {
  /** The tag as written, braces included. */
  text: string;
  /** 1-based. */
  page: number;
  /** Where the tag is drawn. */
  rect: Rect;
  /** The displayed size of its page, in points. */
  pageSize: { width: number; height: number };
}

/** Why one tag could not become a field, for the PDF's author. */
export interface TextTagProblem {
  tag: string;
  page: number;
  message: string;
}

/** A field made from a tag, as a template field input. */
export interface TaggedField {
  id: string;
  name: string;
  role: string;
  type: FieldType;
  page: number;
  rect: Rect;
  required?: boolean;
  options?: string[];
}

export interface TextTagFields {
  fields: TaggedField[];
  /** The roles the tags name, in the order they first appear. */
  roleKeys: string[];
  problems: TextTagProblem[];
}

/**
 * Field sizes in points when a tag does not give them: the field is at least as wide as its tag and
 * at least as tall as its text, grown to a size a person can sign or tick in.
 */
const DEFAULT_SIZE: Record<FieldType, { minWidth: number; height: number }> = {
  signature: { minWidth: 120, height: 30 },
  initials: { minWidth: 48, height: 24 },
  date_signed: { minWidth: 72, height: 14 },
  date: { minWidth: 72, height: 14 },
  checkbox: { minWidth: 12, height: 12 },
  radio: { minWidth: 12, height: 12 },
  select: { minWidth: 72, height: 14 },
  text: { minWidth: 24, height: 14 },
  number: { minWidth: 24, height: 14 },
  email: { minWidth: 72, height: 14 },
  attachment: { minWidth: 120, height: 14 },
};

/**
 * Turns the tags found in a PDF into template fields, each sitting on the tag's baseline from its
 * left edge. With `roles`, a tag naming another role is a problem; without, the tags' roles are
 * the template's. Every tag is checked: all problems are reported at once, tag by tag.
 * `takenIds` are the ids of fields found otherwise (AcroForm widgets), which tags may not reuse.
 */
export function fieldsFromTextTags(
  tags: readonly FoundTextTag[],
  {
    roles,
    pageCount,
    takenIds,
  }: { roles?: readonly string[]; pageCount: number; takenIds: readonly string[] },
): TextTagFields {
  const used = new Set(takenIds);
  const fields: TaggedField[] = [];
  const roleKeys: string[] = [];
  const problems: TextTagProblem[] = [];
  // Named fields keep their names; generated ids are chosen once the names are known.
  const parsed = tags.map((tag) => ({ tag, result: parseTextTag(tag.text) }));
  const named = new Set<string>();
  for (const { tag, result } of parsed) {
    const problem = (message: string) => problems.push({ tag: tag.text, page: tag.page, message });
    if (!result.ok) {
      problem(result.message);
      continue;
    }
    const spec = result.value;
    if (roles && !roles.includes(spec.role)) {
      problem(`No role “${spec.role}” in this template (its roles: ${roles.join(', ')})`);
    } else if (spec.id !== undefined && (used.has(spec.id) || named.has(spec.id))) {
      problem(`Another field is already named “${spec.id}”`);
    } else if (spec.id !== undefined) {
      named.add(spec.id);
    }
  }
  if (problems.length > 0) return { fields: [], roleKeys: [], problems };

  for (const { tag, result } of parsed) {
    if (!result.ok) continue;
    const spec = result.value;
    if (!roleKeys.includes(spec.role)) roleKeys.push(spec.role);
    const base = spec.id ?? freeId(`${spec.role}_${spec.type}`, used, named);
    used.add(base);
    const field: TaggedField = {
      id: base,
      name: spec.label ?? (spec.id ? humanize(spec.id) : humanize(`${spec.role} ${spec.type}`)),
      role: spec.role,
      type: spec.type,
      page: tag.page,
      rect: taggedFieldRect(spec, tag.rect, tag.pageSize),
      ...(spec.required !== undefined && { required: spec.required }),
      ...(spec.options && { options: spec.options }),
    };
    if (!spec.everyPage) fields.push(field);
    else {
      for (const copy of onEveryPage(field, pageCount)) {
        used.add(copy.id);
        fields.push(copy);
      }
    }
  }
  if (fields.length > fieldLimits.fieldsPerTemplate) {
    return {
      fields: [],
      roleKeys: [],
      problems: [
        {
          tag: tags[0]?.text ?? '',
          page: tags[0]?.page ?? 1,
          message: `The tags make ${fields.length} fields; a template holds at most ${fieldLimits.fieldsPerTemplate}`,
        },
      ],
    };
  }
  return { fields, roleKeys, problems };
}

/**
 * The initials of each listed role on every page, at one position per role: the "initial every
 * page" option of a template, expanded into ordinary fields (`buyer_initials_p1`, `…_p2`, …).
 */
export function initialsOnEveryPage(
  entries: ReadonlyArray<{ role: string; rect: Rect }>,
  pageCount: number,
): TaggedField[] {
  return entries.flatMap(({ role, rect }) =>
    onEveryPage(
      {
        id: `${role}_initials`,
        name: humanize(`${role} initials`),
        role,
        type: 'initials',
        page: 1,
        rect,
      },
      pageCount,
    ),
  );
}

/** One copy of `field` per page, at the same place, each with its page in its id and label. */
function onEveryPage(field: TaggedField, pageCount: number): TaggedField[] {
  return Array.from({ length: pageCount }, (_, index) => ({
    ...field,
    id: `${field.id.slice(0, 94)}_p${index + 1}`,
    name: `${field.name.slice(0, 180)} (page ${index + 1})`,
    page: index + 1,
  }));
}

/**
 * Where a tag's field goes: from the tag's left edge, standing on the bottom of its text (so a
 * signature rises from the line it is written on), sized by `width=`/`height=` or the defaults.
 */
export function taggedFieldRect(
  spec: Pick<TextTagSpec, 'type' | 'width' | 'height'>,
  tag: Rect,
  page: { width: number; height: number },
): Rect {
  const defaults = DEFAULT_SIZE[spec.type];
  const tagWidth = tag.width * page.width;
  const tagHeight = tag.height * page.height;
  const square = spec.type === 'checkbox' || spec.type === 'radio';
  const heightPt = spec.height ?? Math.max(tagHeight, defaults.height);
  const widthPt = spec.width ?? (square ? heightPt : Math.max(tagWidth, defaults.minWidth));
  const width = Math.min(widthPt / page.width, 1);
  const height = Math.min(heightPt / page.height, 1);
  const x = Math.min(Math.max(tag.x, 0), 1 - width);
  const y = Math.min(Math.max(tag.y + tag.height - height, 0), 1 - height);
  const round = (value: number) => Math.floor(value * 1e6) / 1e6;
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}

function freeId(base: string, used: ReadonlySet<string>, reserved: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; used.has(id) || reserved.has(id); n++) id = `${base}_${n}`;
  return id;
}

/** `buyer_name` → `Buyer name`. */
function humanize(words: string): string {
  const text = words
    .replace(/[_.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text[0]!.toUpperCase() + text.slice(1) : 'Field';
}
