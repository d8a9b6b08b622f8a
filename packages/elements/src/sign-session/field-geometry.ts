import type { FieldRect, PartyPage } from '@signport/core/client';

/**
 * Places a box over a page image. Rects are fractions of the page from its top-left corner, so
 * percentages keep the box on its spot at any rendered width. `--h` is the box height in hundredths
 * of the page width: with the page as a size container, `calc(var(--h) * 1cqi)` is its height in
 * pixels, from which the text size follows.
 */
export function boxStyle(rect: FieldRect, page: PartyPage): string {
  const percent = (fraction: number) => `${+(fraction * 100).toFixed(4)}%`;
  const heightInWidths = (rect.height * page.height * 100) / page.width;
  return (
    `left:${percent(rect.x)};top:${percent(rect.y)};width:${percent(rect.width)};` +
    `height:${percent(rect.height)};--h:${+heightInWidths.toFixed(4)}`
  );
}

/**
 * Places a radio option's button over its own PDF widget, inside the field's box (the widgets'
 * bounding box): both are fractions of the page, so the option's share of the box is exact.
 */
export function optionStyle(option: FieldRect, box: FieldRect): string {
  const percent = (fraction: number) => `${+(fraction * 100).toFixed(4)}%`;
  const width = Math.max(box.width, 1e-6);
  const height = Math.max(box.height, 1e-6);
  return (
    `left:${percent((option.x - box.x) / width)};top:${percent((option.y - box.y) / height)};` +
    `width:${percent(option.width / width)};height:${percent(option.height / height)}`
  );
}
