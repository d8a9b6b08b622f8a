import { pickLocale, type Locale } from '@signport/core';
import type { Context } from 'hono';

/** The supported language the request's browser prefers (`Accept-Language`), English otherwise. */
export function browserLocale(c: Context): Locale {
  return pickLocale(c.req.header('Accept-Language')) ?? 'en';
}
