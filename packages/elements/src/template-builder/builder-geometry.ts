import type { FieldRect } from '@signport/core/client';

/** The smallest box a field may shrink to, as a fraction of the page: still big enough to click. */
export const MIN_SIZE = 0.01;
/** How close (fraction of the page) an edge must come to another field's edge to snap to it. */
const SNAP_DISTANCE = 0.008;

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Keeps a rect on its page and at least the minimum size, rounded so saves stay small. */
export function clampRect({ x, y, width, height }: FieldRect): FieldRect {
  const w = Math.min(Math.max(width, MIN_SIZE), 1);
  const h = Math.min(Math.max(height, MIN_SIZE), 1);
  const left = round(Math.min(Math.max(x, 0), 1 - w));
  const top = round(Math.min(Math.max(y, 0), 1 - h));
  return {
    x: left,
    y: top,
    width: Math.min(round(w), round(1 - left)),
    height: Math.min(round(h), round(1 - top)),
  };
}

export function moveRect(rect: FieldRect, dx: number, dy: number): FieldRect {
  return clampRect({ ...rect, x: rect.x + dx, y: rect.y + dy });
}

/** Resizes from the bottom-right corner, the top-left corner staying put. */
export function resizeRect(rect: FieldRect, dw: number, dh: number): FieldRect {
  return clampRect({ ...rect, width: rect.width + dw, height: rect.height + dh });
}

/** The rect spanned by two corners, whichever way the pointer was dragged. */
export function rectBetween(a: { x: number; y: number }, b: { x: number; y: number }): FieldRect {
  return clampRect({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  });
}

/** A box of `size` (fractions of the page) centred on a point. */
export function rectAround(
  point: { x: number; y: number },
  size: { width: number; height: number },
): FieldRect {
  return clampRect({ x: point.x - size.width / 2, y: point.y - size.height / 2, ...size });
}

/**
 * Lines a rect up with the edges of others on its page (the PDF's own form widgets arrive as fields,
 * so this also snaps onto them): each axis moves to the nearest edge within reach, if any.
 */
export function snapRect(
  rect: FieldRect,
  others: readonly FieldRect[],
  resizing = false,
): FieldRect {
  const xs = others.flatMap((o) => [o.x, o.x + o.width]);
  const ys = others.flatMap((o) => [o.y, o.y + o.height]);
  const nearest = (edges: number[], candidates: number[]) => {
    let best: number | undefined;
    for (const candidate of candidates)
      for (const edge of edges) {
        const shift = edge - candidate;
        if (
          Math.abs(shift) <= SNAP_DISTANCE &&
          (best === undefined || Math.abs(shift) < Math.abs(best))
        )
          best = shift;
      }
    return best ?? 0;
  };
  if (resizing) {
    const dw = nearest(xs, [rect.x + rect.width]);
    const dh = nearest(ys, [rect.y + rect.height]);
    return clampRect({ ...rect, width: rect.width + dw, height: rect.height + dh });
  }
  const dx = nearest(xs, [rect.x, rect.x + rect.width]);
  const dy = nearest(ys, [rect.y, rect.y + rect.height]);
  return clampRect({ ...rect, x: rect.x + dx, y: rect.y + dy });
}
