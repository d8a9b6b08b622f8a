import type { OptionRect, TemplateField } from '@signport/core';
import type { TemplateSnapshot } from '../../platform/db/schema/index.js';
import { toFieldRect } from '../templates/field-geometry.js';

/**
 * Where each option of a radio field has its button on the field's page, from the PDF widgets it was
 * detected from, so the signing page puts each choice on the PDF's own printed circle. Undefined
 * when any option lacks a widget there (a field placed or moved by hand): the options then show as
 * a list inside the field's box.
 */
export function radioOptionRects(
  field: TemplateField,
  template: Pick<TemplateSnapshot, 'pages' | 'widgets'>,
): OptionRect[] | undefined {
  if (field.type !== 'radio' || !field.options?.length) return undefined;
  const page = template.pages.find((candidate) => candidate.number === field.page);
  const widgets = (template.widgets[field.id] ?? []).filter((widget) => widget.page === field.page);
  if (!page) return undefined;
  const rects: OptionRect[] = [];
  for (const option of field.options) {
    const widget = widgets.find((candidate) => candidate.option === option);
    if (!widget) return undefined;
    rects.push({ option, rect: toFieldRect(widget.rect, page) });
  }
  return rects;
}
