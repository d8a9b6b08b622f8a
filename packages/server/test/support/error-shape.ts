import { ApiErrorBody, TextTagsErrorBody, errorCodes } from '@signport/core';

/**
 * Why a 4xx body is not the one error shape `{"error":{"code","message","field?"}}` with a known
 * code, no other keys (but the faulty `tags` of `invalid_text_tags`) and no stack trace; undefined
 * when it is.
 */
export function errorShapeProblem(contentType: string | null, text: string): string | undefined {
  if (!/^application\/json\b/i.test(contentType ?? '')) return `content-type ${contentType}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  const textTags =
    (parsed as { error?: { code?: unknown } } | null)?.error?.code === 'invalid_text_tags';
  const result = (textTags ? TextTagsErrorBody : ApiErrorBody).strict().safeParse(parsed);
  if (!result.success) return `not the error shape: ${result.error.message}`;
  const { error } = result.data;
  const known = textTags ? ['code', 'message', 'field', 'tags'] : ['code', 'message', 'field'];
  const extra = Object.keys(error).filter((key) => !known.includes(key));
  if (extra.length > 0) return `unexpected error keys ${extra.join(', ')}`;
  if (!(errorCodes as readonly string[]).includes(error.code)) return `unknown code ${error.code}`;
  if (/\n\s+at\s/.test(error.message)) return 'message carries a stack trace';
  return undefined;
}
