import { crc32, inflateSync } from 'node:zlib';
import { SignatureImageRejectedError } from './signature-image-rejected-error.js';

export interface SignatureImageLimits {
  maxBytes: number;
  maxWidth: number;
  maxHeight: number;
}

export interface SignatureImageInfo {
  width: number;
  height: number;
}

export const DEFAULT_SIGNATURE_IMAGE_LIMITS: SignatureImageLimits = {
  maxBytes: 200 * 1024,
  maxWidth: 1200,
  maxHeight: 600,
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bit depths PNG allows for each colour type, with the number of channels of that type. */
const COLOR_TYPES: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};
const MAX_FILTER_TYPE = 4;

/**
 * Proves `bytes` is a complete, well-formed PNG within the size limits: every chunk present with a
 * valid CRC, and image data that inflates to exactly the pixels the header announces. pdf-lib's
 * PNG decoder can hang or crash on a cut-short file, so nothing reaches it without passing here.
 *
 * @example
 * const { width, height } = validateSignatureImage(png);
 */
export function validateSignatureImage(
  bytes: Uint8Array,
  limits: SignatureImageLimits = DEFAULT_SIGNATURE_IMAGE_LIMITS,
): SignatureImageInfo {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (png.byteLength > limits.maxBytes) {
    throw new SignatureImageRejectedError(
      'signature_image_too_large',
      `The signature image is larger than ${Math.floor(limits.maxBytes / 1024)} KB.`,
    );
  }
  if (png.byteLength < PNG_SIGNATURE.byteLength || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw invalid('The signature image is not a PNG.');
  }

  let header: { width: number; height: number; depth: number; colorType: number } | undefined;
  let hasPalette = false;
  let ended = false;
  const imageData: Buffer[] = [];
  let offset = PNG_SIGNATURE.byteLength;
  while (!ended) {
    if (offset + 12 > png.byteLength) throw invalid('The signature image is incomplete.');
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > png.byteLength) throw invalid('The signature image is incomplete.');
    if (crc32(png.subarray(offset + 4, dataEnd)) !== png.readUInt32BE(dataEnd)) {
      throw invalid('The signature image is damaged.');
    }
    const data = png.subarray(dataStart, dataEnd);
    if (!header && type !== 'IHDR') throw invalid('The signature image has no PNG header.');
    else if (type === 'IHDR') {
      if (header) throw invalid('The signature image header is damaged.');
      header = readHeader(data, limits);
    } else if (type === 'PLTE') hasPalette = true;
    else if (type === 'IDAT') imageData.push(data);
    else if (type === 'IEND') ended = true;
    offset = dataEnd + 4;
  }
  if (offset !== png.byteLength) throw invalid('The signature image has data after its end.');
  if (!header || imageData.length === 0) throw invalid('The signature image has no pixels.');
  if (header.colorType === 3 && !hasPalette) throw invalid('The signature image has no palette.');

  const { width, height, depth, colorType } = header;
  const rowBytes = 1 + Math.ceil((width * (COLOR_TYPES[colorType]?.channels ?? 0) * depth) / 8);
  const expected = rowBytes * height;
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(imageData), { maxOutputLength: expected + 1 });
  } catch {
    throw invalid('The signature image data is damaged or incomplete.');
  }
  if (pixels.byteLength !== expected) throw invalid('The signature image data is incomplete.');
  for (let row = 0; row < expected; row += rowBytes) {
    if ((pixels[row] ?? 0) > MAX_FILTER_TYPE) throw invalid('The signature image data is damaged.');
  }
  return { width, height };
}

function readHeader(
  data: Buffer,
  limits: SignatureImageLimits,
): { width: number; height: number; depth: number; colorType: number } {
  if (data.byteLength !== 13) throw invalid('The signature image header is damaged.');
  const width = data.readUInt32BE(0);
  const height = data.readUInt32BE(4);
  const depth = data.readUInt8(8);
  const colorType = data.readUInt8(9);
  const [compression, filter, interlace] = [
    data.readUInt8(10),
    data.readUInt8(11),
    data.readUInt8(12),
  ];
  if (width === 0 || height === 0) throw invalid('The signature image is empty.');
  if (width > limits.maxWidth || height > limits.maxHeight) {
    throw new SignatureImageRejectedError(
      'signature_image_too_large',
      `The signature image must be at most ${limits.maxWidth}×${limits.maxHeight} pixels.`,
    );
  }
  if (!COLOR_TYPES[colorType]?.depths.includes(depth) || compression !== 0 || filter !== 0) {
    throw invalid('The signature image header is damaged.');
  }
  if (interlace !== 0) throw invalid('Interlaced signature images are not supported.');
  return { width, height, depth, colorType };
}

function invalid(message: string): SignatureImageRejectedError {
  return new SignatureImageRejectedError('signature_image_invalid', message);
}
