import { randomBytes } from 'node:crypto';

// Crockford-style base32 without look-alike letters: readable aloud and in a printed URL.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A public form's address: the title made URL-safe, then 10 random characters (50 bits), e.g.
 * `rental-application-7k2m9xq4tb`. The title makes it readable, the random part unguessable.
 */
export function newFormSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const random = [...randomBytes(10)].map((byte) => ALPHABET[byte % 32]).join('');
  return words ? `${words}-${random}` : `form-${random}`;
}
