import type { DemoUser } from '../../demo-users.js';

/** Shoreline Realty's mark: a house over two waves. */
export const brokerageLogoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Shoreline Realty">
<rect width="48" height="48" rx="12" fill="#0b3954"/>
<path d="M13 25 24 15l11 10v3H13z" fill="#fdf6e9"/>
<rect x="21" y="22" width="6" height="6" fill="#0b3954"/>
<path d="M8 33c4 0 4 3 8 3s4-3 8-3 4 3 8 3 4-3 8-3" fill="none" stroke="#5eead4" stroke-width="2.5" stroke-linecap="round"/>
<path d="M8 39c4 0 4 3 8 3s4-3 8-3 4 3 8 3 4-3 8-3" fill="none" stroke="#2dd4bf" stroke-width="2.5" stroke-linecap="round" opacity=".6"/>
</svg>`;

/** A person's branding logo: their initials on their colour, used on emails sent in their name. */
export function userLogoSvg(user: DemoUser): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" role="img" aria-label="${user.name}">
<rect width="96" height="96" rx="20" fill="${user.color}"/>
<path d="M16 70c8 0 8 6 16 6s8-6 16-6 8 6 16 6 8-6 16-6" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="4" stroke-linecap="round"/>
<text x="48" y="56" text-anchor="middle" font-family="Georgia, serif" font-size="34" font-weight="700" fill="#fff">${user.initials}</text>
</svg>`;
}
