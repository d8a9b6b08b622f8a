/**
 * `text` with each `{name}` replaced by `params[name]`; a placeholder without a value stays as
 * written, so a missing parameter shows rather than vanishing.
 *
 * @example
 * fillPlaceholders('Page {page} of {pages}', { page: 1, pages: 3 }); // 'Page 1 of 3'
 */
export function fillPlaceholders(
  text: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    String(params[name] ?? placeholder),
  );
}
