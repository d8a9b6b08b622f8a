import { errorCodes, type ErrorCode } from '@signport/core';
import { statusByCode } from './error-status.js';

/** When each error code is answered: the reference of docs/api.md and of `/docs`. */
const meanings: Record<ErrorCode, string> = {
  bad_request: 'any other malformed request',
  invalid_json: 'the body is not valid JSON',
  validation_failed:
    'the input (body, query, path parameter or `Idempotency-Key`) does not match the schema; `field` names the first problem',
  password_too_common: 'a new portal password is on the list of common and breached passwords',
  signature_required: 'a party finishes without signing any of their signature fields',
  signature_image_invalid:
    'a signature image is not a usable PNG (corrupt, blank or wrongly sized)',
  signature_image_too_large: 'a signature image is over its byte or pixel limit',
  not_a_pdf: 'an uploaded template file is not a PDF',
  invalid_text_tags:
    'text tags in an uploaded PDF cannot become fields; `tags` lists each with its page',
  unsubscribe_link_invalid:
    "a plan email's unsubscribe link that this server did not sign ([team-plans.md](team-plans.md#email-unsubscribe))",
  portal_access_revoked:
    "a portal message refused because the agent turned the client's access off",
  invalid_signature: 'an inbound SMS webhook request without a valid `X-Twilio-Signature`',
  url_not_allowed: 'a webhook URL that is not `https` or points to a private address',
  unauthorized: 'missing, unknown, revoked or invalid key or token',
  token_expired: 'the embed token’s (or portal token’s) lifetime is over: get a new one',
  session_voided: 'a signing link of a session its sender voided',
  forbidden: 'authenticated, but not allowed to do this (e.g. no delegation scope)',
  origin_not_allowed: 'the browser page’s origin is not on the account’s allowed origins',
  field_not_yours: 'a party writes a field of another role',
  field_locked: 'a party writes a field the sender locked, or one filled automatically',
  party_not_yours: 'a signing link for a party who signs as a user of the account themselves',
  not_found: 'no such route, or no such resource in your account',
  method_not_allowed: 'the path exists with other methods (see the `Allow` header)',
  conflict: 'the change conflicts with the current state',
  invalid_state: 'not possible in the session’s state (e.g. reminding a completed session)',
  already_completed: 'the party has already signed or declined',
  not_your_turn: 'sequential signing: an earlier party has not signed yet',
  template_not_ready: 'the template’s pages are still being prepared, or could not be',
  form_changed: 'a web form changed since this session was started from it: start again',
  idempotency_key_in_progress: 'a request with this `Idempotency-Key` is still running',
  form_unpublished: 'the web form was unpublished',
  session_expired: 'the session passed its deadline unsigned',
  payload_too_large: 'a JSON body over 1 MB, or an upload over its limit',
  unsupported_media_type: 'a body that is not `application/json` where JSON is expected',
  idempotency_key_reused: 'the `Idempotency-Key` was already used for another request',
  pdf_encrypted: 'an uploaded PDF is password-protected or encrypted',
  pdf_unreadable: 'an uploaded PDF cannot be read',
  pdf_too_many_pages: 'an uploaded PDF has more pages than the server accepts',
  pdf_page_too_large: 'a page of an uploaded PDF is larger than the server accepts',
  pdf_too_complex: 'an uploaded PDF takes too long or too much memory to render',
  rate_limited: 'too many attempts; retry after `Retry-After` seconds',
  pdf_busy: 'every PDF worker is busy; retry after `Retry-After` seconds',
  internal_error:
    'a bug on the server; the message is generic and the details are in the server log',
};

export interface ErrorCatalogueEntry {
  code: ErrorCode;
  status: number;
  meaning: string;
}

/** Every error code, by status then in core's order. */
export const errorCatalogue: ErrorCatalogueEntry[] = errorCodes
  .map((code) => ({ code, status: statusByCode[code], meaning: meanings[code] }))
  .sort((a, b) => a.status - b.status);

/** The catalogue as the Markdown table of docs/api.md (a test keeps the two equal). */
export function errorCatalogueMarkdown(): string {
  return [
    '| status | code | when |',
    '| --- | --- | --- |',
    ...errorCatalogue.map(
      ({ code, status, meaning }) => `| ${status} | \`${code}\` | ${meaning} |`,
    ),
  ].join('\n');
}
