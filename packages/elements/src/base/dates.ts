import { langAt } from './messages.js';

/** A timestamp in the language in effect at `element`: the date, with the time when `withTime`. */
export function formatDate(element: Element, iso: string, withTime = false): string {
  return new Intl.DateTimeFormat(langAt(element) || undefined, {
    dateStyle: 'medium',
    ...(withTime && { timeStyle: 'short' }),
  }).format(new Date(iso));
}
