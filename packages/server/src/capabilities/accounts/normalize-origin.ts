import { ApiError } from '../../platform/errors/api-error.js';

/**
 * Reduces `https://Host.example:443/` to the form browsers send in `Origin` (`https://host.example`),
 * refusing anything that is not a bare http(s) origin.
 */
export function normalizeOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw invalidOrigin(input);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !bare) throw invalidOrigin(input);
  return url.origin;
}

function invalidOrigin(input: string): ApiError {
  return new ApiError(
    'validation_failed',
    `"${input}" is not an origin. Give scheme://host[:port] only, e.g. https://www.example.com`,
    { field: 'origin' },
  );
}
