/** What a party may attach: documents and photos of them. */
export const ATTACHMENT_TYPES_TEXT = 'a PDF, PNG, JPEG, WebP or HEIC file';

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** ISO-BMFF brands of HEIF stills: HEVC-coded (`heic`, `heix`) and generic image collections. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/**
 * The content type the file's own first bytes prove, or undefined when it is none of the accepted
 * kinds. The uploader's `Content-Type` and file name are never trusted: an HTML page renamed
 * `scan.pdf` must not be stored as a PDF.
 */
export function sniffAttachmentType(bytes: Uint8Array): string | undefined {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (HEIC_BRANDS.has(brand)) return 'image/heic';
    if (HEIF_BRANDS.has(brand)) return 'image/heif';
  }
  return undefined;
}
