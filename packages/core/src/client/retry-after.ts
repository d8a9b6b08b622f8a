/** `Retry-After` is either a number of seconds or an HTTP date; absent or unreadable, `undefined`. */
export function retryAfterSeconds(header: string | null): number | undefined {
  // `Number` reads a count of seconds (`0` too: the date of `'0'` is long past); anything else is a date.
  const seconds = Number(header) || (Date.parse(header ?? '') - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}
