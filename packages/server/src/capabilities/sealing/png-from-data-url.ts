/** The PNG bytes of a `data:image/png;base64,…` value (already checked by the core rules). */
export function pngFromDataUrl(dataUrl: string): Uint8Array {
  return new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
}
