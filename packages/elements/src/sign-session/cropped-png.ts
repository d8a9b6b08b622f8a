// Stamped signatures are placed by their bounding box, so blank canvas around the ink would shrink them.
/** A PNG of the canvas's non-transparent pixels plus a small margin. */
export function croppedPng(canvas: HTMLCanvasElement): string {
  const context = canvas.getContext('2d');
  if (!context) return canvas.toDataURL('image/png');
  const { width, height } = canvas;
  const pixels = context.getImageData(0, 0, width, height).data;
  let [top, left, bottom, right] = [height, width, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((pixels[(y * width + x) * 4 + 3] ?? 0) === 0) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  if (bottom < 0) return canvas.toDataURL('image/png');
  const margin = 4;
  const crop = document.createElement('canvas');
  crop.width = right - left + 1 + margin * 2;
  crop.height = bottom - top + 1 + margin * 2;
  const [cropWidth, cropHeight] = [right - left + 1, bottom - top + 1];
  crop
    .getContext('2d')
    ?.drawImage(canvas, left, top, cropWidth, cropHeight, margin, margin, cropWidth, cropHeight);
  return crop.toDataURL('image/png');
}
