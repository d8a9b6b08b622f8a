import { errors, jwtVerify, SignJWT } from 'jose';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { hmacVerificationKey } from '../../platform/crypto/hmac-verification-key.js';

/** The audience of portal access tokens, so that no embed token passes for one (same key). */
export const PORTAL_TOKEN_AUDIENCE = 'signport:portal';
export const PORTAL_ACCESS_TOKEN_TTL_SECONDS = 10 * 60;

/** What a portal access token vouches for; the session is still checked on every request. */
export interface PortalTokenClaims {
  accountId: string;
  loginId: string;
  sessionId: string;
}

/** Signs a short-lived access token for one portal session. */
export async function signPortalAccessToken(
  signer: EmbedTokenSigner,
  claims: PortalTokenClaims,
  now: Date,
): Promise<{ accessToken: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + PORTAL_ACCESS_TOKEN_TTL_SECONDS;
  const accessToken = await new SignJWT({ acc: claims.accountId, sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.loginId)
    .setAudience(PORTAL_TOKEN_AUDIENCE)
    .setIssuer(signer.issuer)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(await signer.getKey());
  return { accessToken, expiresAt: new Date(expiresAt * 1000) };
}

/** Checks signature, audience, issuer and expiry (`401 token_expired` when only that fails). */
export async function verifyPortalAccessToken(
  signer: EmbedTokenSigner,
  token: string,
  now: Date,
): Promise<PortalTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, await hmacVerificationKey(await signer.getKey()), {
      algorithms: ['HS256'],
      audience: PORTAL_TOKEN_AUDIENCE,
      issuer: signer.issuer,
      currentDate: now,
      requiredClaims: ['sub', 'exp'],
    });
    const { sub, acc, sid } = payload;
    if (typeof sub === 'string' && typeof acc === 'string' && typeof sid === 'string') {
      return { accountId: acc, loginId: sub, sessionId: sid };
    }
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      throw new ApiError('token_expired', 'The portal session token has expired. Refresh it.', {
        cause: error,
      });
    }
  }
  throw new ApiError('unauthorized', 'Sign in to the portal again.');
}
