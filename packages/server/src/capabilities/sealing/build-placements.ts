import { isPerPartyField, type FieldType, type FieldValue, type ValueEntry } from '@signport/core';
import type { TemplateSnapshot } from '../../platform/db/schema/index.js';
import type { Placement, PlacementType, PdfRect } from '../../platform/pdf/types.js';
import { toPdfRect } from '../templates/field-geometry.js';
import { pngFromDataUrl } from './png-from-data-url.js';

const placementTypes: Record<FieldType, PlacementType> = {
  signature: 'signature',
  initials: 'initials',
  text: 'text',
  date: 'date',
  date_signed: 'date',
  checkbox: 'checkbox',
  radio: 'radio',
  select: 'select',
  number: 'number',
  email: 'email',
  attachment: 'attachment-name',
};

/**
 * What to draw on the final document: every filled value at its field, on each of the PDF widgets
 * it came from; an attachment field shows its file's name (`attachmentNames` by attachment id).
 * Several parties of one role share a per-party field (both buyers sign the buyer line), so each
 * gets an equal slice of it, in the order they were added.
 */
export function buildPlacements(
  template: TemplateSnapshot,
  parties: ReadonlyArray<{ id: string; role: string }>,
  values: readonly ValueEntry[],
  attachmentNames: ReadonlyMap<string, string> = new Map(),
): Placement[] {
  const placements: Placement[] = [];
  for (const field of template.fields) {
    const page = template.pages.find((candidate) => candidate.number === field.page);
    if (!page) continue;
    const type = placementTypes[field.type];
    const owners = isPerPartyField(field.type)
      ? parties.filter((party) => party.role === field.role).map((party) => party.id)
      : [null];
    const widgets = template.widgets[field.id] ?? [
      { page: field.page, rect: toPdfRect(field.rect, page) },
    ];
    owners.forEach((owner, index) => {
      const entry = values.find((value) => value.fieldId === field.id && value.partyId === owner);
      const value =
        field.type === 'attachment'
          ? (attachmentNames.get(String(entry?.value)) ?? null)
          : (entry?.value ?? null);
      if (value === null || value === '') return;
      for (const widget of widgets) {
        placements.push({
          fieldId: field.id,
          page: widget.page,
          rect: slice(widget.rect, index, owners.length),
          type,
          value: drawable(field.type, value),
          ...(widget.option !== undefined && { option: widget.option }),
        });
      }
    });
  }
  return placements;
}

function drawable(type: FieldType, value: FieldValue): Placement['value'] {
  if (type === 'signature' || type === 'initials') return pngFromDataUrl(String(value));
  if (type === 'checkbox') return value === true;
  return typeof value === 'string' ? value : String(value);
}

function slice(rect: PdfRect, index: number, count: number): PdfRect {
  if (count <= 1) return rect;
  const width = rect.width / count;
  return { ...rect, x: rect.x + index * width, width };
}
