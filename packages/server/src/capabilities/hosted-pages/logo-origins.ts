import type { PageBranding } from './load-page-branding.js';

/** The origin a branded page's logo loads from, for the page's `img-src`; none without a logo. */
export function logoOrigins(branding: PageBranding): string[] {
  if (!branding.logoUrl) return [];
  try {
    const url = new URL(branding.logoUrl);
    return /^https?:$/.test(url.protocol) ? [url.origin] : [];
  } catch {
    return [];
  }
}
