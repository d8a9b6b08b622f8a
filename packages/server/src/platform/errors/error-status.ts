import type { ErrorCode } from '@signport/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The HTTP status of every error code: the one place that decides it. Services throw a code; the
 * error handler answers with this status.
 */
export const statusByCode = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  password_too_common: 400,
  signature_required: 400,
  signature_image_invalid: 400,
  signature_image_too_large: 400,
  not_a_pdf: 400,
  invalid_text_tags: 400,
  url_not_allowed: 400,
  unsubscribe_link_invalid: 400,
  unauthorized: 401,
  token_expired: 401,
  session_voided: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  field_not_yours: 403,
  field_locked: 403,
  party_not_yours: 403,
  portal_access_revoked: 403,
  invalid_signature: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_state: 409,
  already_completed: 409,
  not_your_turn: 409,
  template_not_ready: 409,
  form_changed: 409,
  idempotency_key_in_progress: 409,
  form_unpublished: 410,
  session_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  pdf_encrypted: 422,
  pdf_unreadable: 422,
  pdf_too_many_pages: 422,
  pdf_page_too_large: 422,
  pdf_too_complex: 422,
  rate_limited: 429,
  pdf_busy: 429,
  internal_error: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** A status some error code is answered with. */
export type ErrorStatus = (typeof statusByCode)[ErrorCode];

export function statusOf(code: ErrorCode): ErrorStatus {
  return statusByCode[code];
}
