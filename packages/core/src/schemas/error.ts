import { z } from 'zod';

/** Every machine-readable reason the API gives for refusing a request. */
export const errorCodes = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'token_expired',
  'session_voided',
  'password_too_common',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'method_not_allowed',
  'conflict',
  'invalid_state',
  'already_completed',
  'not_your_turn',
  'field_not_yours',
  'party_not_yours',
  'field_locked',
  'signature_required',
  'not_a_pdf',
  'pdf_encrypted',
  'pdf_unreadable',
  'pdf_too_many_pages',
  'pdf_page_too_large',
  'pdf_too_complex',
  'pdf_busy',
  'invalid_text_tags',
  'template_not_ready',
  'signature_image_invalid',
  'signature_image_too_large',
  'rate_limited',
  'idempotency_key_reused',
  'idempotency_key_in_progress',
  'url_not_allowed',
  'form_unpublished',
  'form_changed',
  'session_expired',
  'portal_access_revoked',
  'invalid_signature',
  'unsubscribe_link_invalid',
  'internal_error',
] as const;
/** The codes as a schema, so that the OpenAPI document lists them. */
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * The one shape of every error response: `{"error":{"code","message","field?"}}`. The message and
 * field are plain strings on purpose: a message may quote what was sent (a path with a NUL), and describing a refusal must
 * never fail the text rule that caused it.
 */
export const ApiErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode.meta({
        description: 'Stable machine-readable reason',
        example: 'validation_failed',
      }),
      message: z
        .string()
        .meta({ description: 'Human-readable explanation, safe to show to a user' }),
      field: z
        .string()
        .optional()
        .meta({ description: 'Dotted path of the input field concerned' }),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
