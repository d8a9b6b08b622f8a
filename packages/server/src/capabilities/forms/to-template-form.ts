import type { TemplateForm } from '@signport/core';
import type { templateForms } from '../../platform/db/schema/index.js';

export type TemplateFormRow = typeof templateForms.$inferSelect;

/** Where a form lives: the server's hosted page `/f/{slug}`. */
export function formPageUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/f/${encodeURIComponent(slug)}`;
}

/** The API's view of a template's form. */
export function toTemplateForm(publicUrl: string, row: TemplateFormRow): TemplateForm {
  return {
    slug: row.slug,
    url: formPageUrl(publicUrl, row.slug),
    published: row.publishedAt !== null,
  };
}
