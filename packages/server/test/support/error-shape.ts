import { ApiErrorBody, errorCodes } from '@signport/core';

/**
 * Why a 4xx body is not the one error shape `{"error":{"code","message","field?"}}` with a known
 * code, no other keys and no stack trace; undefined when it is.
 */
export function errorShapeProblem(contentType: string | null, text: string): string | undefined {
  if (!/^application\/json\b/i.test(contentType ?? '')) return `content-type ${contentType}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  const result = ApiErrorBody.strict().safeParse(parsed);
  if (!result.success) return `not the error shape: ${result.error.message}`;
  const { error } = result.data;
  const extra = Object.keys(error).filter((key) => !['code', 'message', 'field'].includes(key));
  if (extra.length > 0) return `unexpected error keys ${extra.join(', ')}`;
  if (!(errorCodes as readonly string[]).includes(error.code)) return `unknown code ${error.code}`;
  if (/\n\s+at\s/.test(error.message)) return 'message carries a stack trace';
  return undefined;
}
