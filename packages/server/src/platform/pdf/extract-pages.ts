import { PDFDocument } from 'pdf-lib';

/** Pages `first` to `last` (1-based, inclusive); without `last`, to the end of the file. */
export interface PageRange {
  first: number;
  last?: number;
}

/**
 * A new PDF with the given ranges of pages of `bytes`, in order: one document of a packet, with the
 * certificate pages after it. The copy carries no digital seal; the packet's PDF is the sealed record.
 *
 * @example
 * const disclosure = await extractPages(sealedPacket, [{ first: 4, last: 5 }, { first: 9 }]);
 */
export async function extractPages(
  bytes: Uint8Array,
  ranges: readonly PageRange[],
): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const count = source.getPageCount();
  const indices = ranges.flatMap(({ first, last = count }) =>
    Array.from({ length: Math.max(0, Math.min(last, count) - first + 1) }, (_, i) => first - 1 + i),
  );
  const extracted = await PDFDocument.create({ updateMetadata: false });
  for (const page of await extracted.copyPages(source, indices)) extracted.addPage(page);
  extracted.setProducer('Signport');
  return extracted.save();
}
