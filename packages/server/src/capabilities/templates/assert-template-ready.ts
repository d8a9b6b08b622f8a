import { ApiError } from '../../platform/errors/api-error.js';
import type { TemplateRow } from './find-template.js';

/** Sessions start only from a template whose pages are all rendered: 409 `template_not_ready` (at `field`) otherwise. */
export function assertTemplateReady(
  template: Pick<TemplateRow, 'status' | 'pages' | 'processingError'>,
  field = 'templateId',
): void {
  if (template.status === 'ready') return;
  const rendered = template.pages.filter((page) => page.imageBlobId !== '').length;
  throw new ApiError(
    'template_not_ready',
    template.status === 'processing'
      ? `The template's pages are still being prepared (${rendered} of ${template.pages.length} rendered); try again when its status is ready.`
      : `The template's pages could not be prepared (${template.processingError?.message ?? 'refused'}); upload the PDF again.`,
    { field },
  );
}
