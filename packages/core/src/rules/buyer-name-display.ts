/** How the feedback report shows prospective buyers' names to an owner. */
export const buyerNameDisplays = ['first_name', 'full_name', 'hidden'] as const;
export type BuyerNameDisplay = (typeof buyerNameDisplays)[number];

export const HIDDEN_BUYER_NAME = 'A prospective buyer';

/** A buyer's name as the setting allows; a blank name reads like a hidden one. */
export function displayBuyerName(name: string, display: BuyerNameDisplay): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const first = words[0];
  if (display === 'hidden' || first === undefined) return HIDDEN_BUYER_NAME;
  return display === 'first_name' ? first : words.join(' ');
}
