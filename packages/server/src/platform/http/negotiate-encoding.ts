/**
 * The content coding to send for an `Accept-Encoding` header among those available (brotli first:
 * it is the smaller), or undefined for the identity. A coding with `q=0` is refused, as is every
 * coding not named when `*` is absent.
 */
export function negotiateEncoding<T extends 'br' | 'gzip'>(
  acceptEncoding: string | undefined,
  available: readonly T[],
): T | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    if (coding) weights.set(coding, q === undefined ? 1 : Number(q));
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const)
    .filter((coding): coding is T => available.includes(coding as T) && weight(coding) > 0)
    .sort((a, b) => weight(b) - weight(a))[0];
}
