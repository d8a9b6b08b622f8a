import type { FieldRect, PartyPage } from '@signport/core/client';
import type { CssProperties } from '../base/css-properties.js';

/**
 * Places a box over a page image. Rects are fractions of the page from its top-left corner, so
 * percentages keep the box on its spot at any rendered width. `--h` is the box height in hundredths
 * of the page width: with the page as a size container, `calc(var(--h) * 1cqi)` is its height in
 * pixels, from which the text size follows.
 */
export function boxStyle(rect: FieldRect, page: PartyPage): CssProperties {
  const heightInWidths = (rect.height * page.height * 100) / page.width;
  return { ...placement(rect), '--h': `${+heightInWidths.toFixed(4)}` };
}

/**
 * Places a radio option's button over its own PDF widget, inside the field's box (the widgets'
 * bounding box): both are fractions of the page, so the option's share of the box is exact.
 */
export function optionStyle(option: FieldRect, box: FieldRect): CssProperties {
  const width = Math.max(box.width, 1e-6);
  const height = Math.max(box.height, 1e-6);
  return placement({
    x: (option.x - box.x) / width,
    y: (option.y - box.y) / height,
    width: option.width / width,
    height: option.height / height,
  });
}

/** A rect's fractions as percentages of the positioned parent. */
function placement({ x, y, width, height }: FieldRect): CssProperties {
  const percent = (fraction: number) => `${+(fraction * 100).toFixed(4)}%`;
  return { left: percent(x), top: percent(y), width: percent(width), height: percent(height) };
}
