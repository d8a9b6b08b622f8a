/** The audience of embed tokens, so that no other JWT signed with the same key passes for one. */
export const EMBED_TOKEN_AUDIENCE = 'signport:embed';

/** What a valid embed token vouches for. */
export interface EmbedPrincipal {
  accountId: string;
  userId: string;
}

/** What signing and checking embed tokens needs. */
export interface EmbedTokenSigner {
  getKey(): Promise<Uint8Array>;
  /** The server's public URL: the token's `iss`. */
  issuer: string;
}
