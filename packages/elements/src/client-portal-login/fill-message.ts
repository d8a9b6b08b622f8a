import { message } from '../base/messages.js';
import type { MessageKey } from '../base/messages.js';

/** The text for `key` at `element`, with its `{name}` placeholders filled from `values`. */
export function fillMessage(
  element: Element,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return message(element, key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}
