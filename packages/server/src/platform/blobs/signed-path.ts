import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Capability URLs for what a browser loads without an Authorization header (an `<img>`, a download
 * link): the path is signed with a key derived from the server key, optionally with an expiry.
 */
export interface PathSigner {
  /** `path?signature=…` (and `&expires=<unix seconds>` when it expires). */
  sign(path: string, expiresAt?: Date): Promise<string>;
  /** Whether `signature` (and `expires`) were issued for `path` and have not run out at `now`. */
  verify(
    path: string,
    query: { signature?: string; expires?: string },
    now: Date,
  ): Promise<boolean>;
}

/**
 * Signs with anything that holds the server key (the embed-token signer does).
 *
 * @example
 * const paths = pathSigner(context.signer);
 * const url = await paths.sign(`/v1/templates/${id}/pages/1`);
 */
export function pathSigner(signer: { getKey(): Promise<Uint8Array> }): PathSigner {
  let key: Promise<Buffer> | undefined;
  // A key of its own, so that a path signature can never pass for an embed token or the reverse.
  const derivedKey = () =>
    (key ??= signer
      .getKey()
      .then((secret) => createHmac('sha256', secret).update('signport:signed-path').digest()));
  const mac = async (path: string, expires: string) =>
    createHmac('sha256', await derivedKey())
      .update(`${path}\n${expires}`)
      .digest('base64url');

  return {
    async sign(path, expiresAt) {
      const expires = expiresAt ? String(Math.floor(expiresAt.getTime() / 1000)) : '';
      const signature = await mac(path, expires);
      return `${path}?${expires ? `expires=${expires}&` : ''}signature=${signature}`;
    },
    async verify(path, { signature, expires = '' }, now) {
      if (!signature) return false;
      if (expires && !(Number(expires) * 1000 > now.getTime())) return false;
      const expected = Buffer.from(await mac(path, expires));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
