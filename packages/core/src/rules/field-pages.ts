import { allowed, refuse, type Check } from './rule-result.js';

/**
 * Every field sits on a page the document has: a field on page 5 of a 2-page PDF would be filled and
 * then silently vanish from the sealed copy. Names the first offender as `fields.<index>.page`.
 */
export function checkFieldPages(
  fields: ReadonlyArray<{ id: string; page: number }>,
  pageCount: number,
): Check {
  const index = fields.findIndex((field) => field.page < 1 || field.page > pageCount);
  const field = fields[index];
  if (!field) return allowed;
  const pages = pageCount === 1 ? '1 page' : `${pageCount} pages`;
  return refuse(
    'validation_failed',
    `Field “${field.id}” is on page ${field.page}, but the document has ${pages}`,
    `fields.${index}.page`,
  );
}
