import { z } from 'zod';
import { singleLineText, httpUrlText } from './text.js';
import { Timestamp } from './common.js';
import { PartyStatusSchema, SessionStateSchema } from './session.js';

/** `PATCH /v1/party/values`: when the values were stored. */
export const SavedPartyValues = z.object({ savedAt: Timestamp }).meta({ id: 'SavedPartyValues' });
export type SavedPartyValues = z.infer<typeof SavedPartyValues>;

/** `POST /v1/party/complete` and `/decline`: where the party and the session stand now. */
export const PartyOutcome = z
  .object({
    status: SessionStateSchema.meta({ description: 'The session’s status' }),
    partyStatus: PartyStatusSchema,
    documentUrl: singleLineText()
      .optional()
      .meta({ description: 'Once every party signed: a time-limited link to the sealed PDF' }),
  })
  .meta({ id: 'PartyOutcome' });
export type PartyOutcome = z.infer<typeof PartyOutcome>;

/** A party link for an embedded signer, minted by the host. */
export const PartyLink = z
  .object({
    token: singleLineText().meta({
      description: 'Pass it to `<sign-session token>`; shown only once',
    }),
    url: singleLineText().meta({ description: 'The signing page this token opens' }),
    expiresAt: Timestamp,
  })
  .meta({ id: 'PartyLink' });
export type PartyLink = z.infer<typeof PartyLink>;

/** A signer of a verified document, as its certificate page names them. */
export const VerifiedParty = z
  .object({
    name: singleLineText(),
    role: singleLineText().meta({ description: 'The role’s name, e.g. “Buyer”' }),
    signedAt: Timestamp.optional(),
  })
  .meta({ id: 'VerifiedParty' });
export type VerifiedParty = z.infer<typeof VerifiedParty>;

/** `POST /v1/verify`: whether an uploaded PDF is one this server sealed, unaltered. */
export const VerifyResult = z
  .object({
    valid: z.boolean(),
    sessionId: singleLineText().optional(),
    completedAt: Timestamp.optional(),
    documentName: singleLineText()
      .optional()
      .meta({ description: 'When valid: the document’s name' }),
    parties: z
      .array(VerifiedParty)
      .optional()
      .meta({ description: 'When valid: who signed it, in signing order' }),
    reason: singleLineText()
      .optional()
      .meta({ description: 'Why it is not valid, e.g. `digest_mismatch`, `unknown_document`' }),
  })
  .meta({ id: 'VerifyResult' });
export type VerifyResult = z.infer<typeof VerifyResult>;

/** A page of the host's site that opens emailed links: `{token}` marks where the token goes. */
const HostPageUrl = httpUrlText()
  .max(2048)
  .refine((url) => url.includes('{token}'), { message: 'The URL must contain {token}' })
  // A template, not a URL yet: `{token}` is no valid URI character.
  .meta({ format: 'uri-template', example: 'https://www.example.com/sign/{token}' });

/** Account settings the host changes with its secret key; only the fields sent change. */
export const UpdateAccountRequest = z
  .object({
    signingUrl: HostPageUrl.nullable().optional().meta({
      description:
        'Your signing page, with `{token}` where the party token goes; null uses the hosted page',
    }),
    portalUrl: HostPageUrl.nullable()
      .optional()
      .meta({
        description:
          'Your client portal page (with `<client-portal-login>`), with `{token}` where the ' +
          'set-password token of invitation and reset links goes; null uses the hosted page',
      }),
  })
  .meta({ id: 'UpdateAccountRequest' });
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequest>;

export const AccountSettings = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    signingUrl: singleLineText().nullable(),
    portalUrl: singleLineText().nullable(),
  })
  .meta({ id: 'AccountSettings' });
export type AccountSettings = z.infer<typeof AccountSettings>;
