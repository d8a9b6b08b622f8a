import { fieldLimits, type FieldType, type TemplateField, type TemplateRole } from '@signport/core';
import type { StoredPage, StoredWidget } from '../../platform/db/schema/index.js';
import type { DetectedField, PdfRect } from '../../platform/pdf/types.js';
import { toFieldRect } from './field-geometry.js';

export interface TemplateFieldsFromPdf {
  fields: TemplateField[];
  /** Every widget of each field, to draw the value wherever the PDF shows it. */
  widgets: Record<string, StoredWidget[]>;
}

/**
 * Turns the AcroForm widgets found in an upload into template fields: one field per form field
 * (a radio group spans its buttons), typed from the PDF type and the name (`*_initials*`,
 * `*_sign_date`, `*date*`, `*email*`), and given the role whose key prefixes the name
 * (`buyer_name` → buyer), else the first role.
 */
export function detectTemplateFields(
  detected: DetectedField[],
  roles: TemplateRole[],
  pages: StoredPage[],
): TemplateFieldsFromPdf {
  const byName = new Map<string, DetectedField[]>();
  for (const widget of detected)
    byName.set(widget.name, [...(byName.get(widget.name) ?? []), widget]);

  const fields: TemplateField[] = [];
  const widgets: Record<string, StoredWidget[]> = {};
  const usedIds = new Set<string>();
  for (const [name, group] of byName) {
    const first = group[0];
    const page = pages[(first?.page ?? 0) - 1];
    if (!first || !page || fields.length >= fieldLimits.fieldsPerTemplate) continue;
    const type = fieldTypeOf(first, name);
    const onFirstPage = group.filter((widget) => widget.page === first.page);
    const rect = type === 'radio' ? boundingBox(onFirstPage.map((w) => w.rect)) : first.rect;
    const id = uniqueId(name, usedIds);
    const options = first.options?.filter((option) => option.trim() !== '');
    fields.push({
      id,
      name: humanize(name),
      role: roleOf(name, roles),
      type,
      page: first.page,
      rect: toFieldRect(rect, page),
      // A signature field exists to be signed; for others the PDF's own required flag decides.
      required: type === 'signature' || type === 'initials' || first.required,
      locked: false,
      private: false,
      ...((type === 'radio' || type === 'select') && {
        options: options?.length ? [...new Set(options)] : ['Yes'],
      }),
    });
    widgets[id] = group.map((widget) => ({
      page: widget.page,
      rect: widget.rect,
      ...(widget.option !== undefined && { option: widget.option }),
    }));
  }
  return { fields, widgets };
}

function fieldTypeOf(field: DetectedField, name: string): FieldType {
  const lower = name.toLowerCase();
  if (field.type === 'signature') return lower.includes('initials') ? 'initials' : 'signature';
  if (field.type !== 'text') return field.type;
  if (/sign(ed)?_?date|date_?signed/.test(lower)) return 'date_signed';
  if (lower.includes('date')) return 'date';
  if (lower.includes('email') || lower.includes('e-mail')) return 'email';
  return 'text';
}

function roleOf(name: string, roles: TemplateRole[]): string {
  const lower = name.toLowerCase();
  const byLongestKey = [...roles].sort((a, b) => b.key.length - a.key.length);
  const match = byLongestKey.find((role) => lower.startsWith(`${role.key}_`) || lower === role.key);
  if (match) return match.key;
  const first = [...roles].sort((a, b) => a.order - b.order)[0];
  return first?.key ?? '';
}

function uniqueId(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 90) || 'field';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  used.add(id);
  return id;
}

/** `buyer_name` → `Buyer name`, for the label shown next to the field. */
function humanize(name: string): string {
  const words = name
    .replace(/[_.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Field';
}

function boundingBox(rects: PdfRect[]): PdfRect {
  const left = Math.min(...rects.map((r) => r.x));
  const bottom = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const top = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: bottom, width: right - left, height: top - bottom };
}
