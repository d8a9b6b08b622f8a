import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { before, test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { SignatureImageRejectedError } from '../src/platform/pdf/signature-image-rejected-error.js';
import type { SignatureImageRejectionCode } from '../src/platform/pdf/signature-image-rejected-error.js';
import { validateSignatureImage } from '../src/platform/pdf/validate-signature-image.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';

let signature: Uint8Array;

before(async () => {
  signature = await makeSignaturePng(600, 200);
});

/** Refusals must come before any decoding work a hostile file could stretch out. */
function assertRefusedQuickly(bytes: Uint8Array, code: SignatureImageRejectionCode): void {
  const started = performance.now();
  assert.throws(
    () => validateSignatureImage(bytes),
    (error: unknown) => error instanceof SignatureImageRejectedError && error.code === code,
  );
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 50, `refused in ${elapsed.toFixed(1)} ms`);
}

test('a drawn signature PNG is accepted with its dimensions', () => {
  assert.deepEqual(validateSignatureImage(signature), { width: 600, height: 200 });
});

test('every truncation of a valid PNG is refused', () => {
  for (let length = 0; length < signature.byteLength; length += 97) {
    assertRefusedQuickly(signature.subarray(0, length), 'signature_image_invalid');
  }
  assertRefusedQuickly(signature.subarray(0, signature.byteLength - 1), 'signature_image_invalid');
});

test('a truncated image stream with rewritten chunk lengths and CRCs is refused', () => {
  // Cut the image data in half but keep every chunk well-formed: only inflating proves it short.
  const png = Buffer.from(signature);
  const idat = png.indexOf('IDAT', 0, 'latin1') - 4;
  const length = png.readUInt32BE(idat);
  const half = Math.floor(length / 2);
  const chunk = Buffer.alloc(12 + half);
  chunk.writeUInt32BE(half, 0);
  png.copy(chunk, 4, idat + 4, idat + 8 + half);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + half)), 8 + half);
  const forged = Buffer.concat([png.subarray(0, idat), chunk, png.subarray(idat + 12 + length)]);
  assertRefusedQuickly(new Uint8Array(forged), 'signature_image_invalid');
});

test('a flipped bit is caught by the chunk CRC', () => {
  const png = Buffer.from(signature);
  const at = png.indexOf('IDAT', 0, 'latin1') + 20;
  png[at] = (png[at] ?? 0) ^ 0x01;
  assertRefusedQuickly(new Uint8Array(png), 'signature_image_invalid');
});

test('data after the end chunk is refused', () => {
  assertRefusedQuickly(
    new Uint8Array(Buffer.concat([signature, Buffer.from('extra')])),
    'signature_image_invalid',
  );
});

test('JPEG, WebP and random bytes are not PNG signatures', async () => {
  const canvas = createCanvas(300, 100);
  canvas.getContext('2d').fillRect(10, 10, 50, 50);
  assertRefusedQuickly(new Uint8Array(await canvas.encode('jpeg')), 'signature_image_invalid');
  assertRefusedQuickly(new Uint8Array(await canvas.encode('webp')), 'signature_image_invalid');
  assertRefusedQuickly(new Uint8Array(randomBytes(5000)), 'signature_image_invalid');
});

test('images over 1200×600 pixels are too large', async () => {
  assertRefusedQuickly(await makeSignaturePng(1201, 200), 'signature_image_too_large');
  assertRefusedQuickly(await makeSignaturePng(600, 601), 'signature_image_too_large');
  assert.deepEqual(validateSignatureImage(await makeSignaturePng(1200, 600)), {
    width: 1200,
    height: 600,
  });
});

test('files over 200 KB are too large before anything else is read', async () => {
  const canvas = createCanvas(1000, 500);
  const context = canvas.getContext('2d');
  const noise = context.createImageData(1000, 500);
  noise.data.set(randomBytes(noise.data.length));
  context.putImageData(noise, 0, 0);
  const heavy = new Uint8Array(await canvas.encode('png'));
  assert.ok(heavy.byteLength > 200 * 1024);
  assertRefusedQuickly(heavy, 'signature_image_too_large');
});

test('a header announcing 16-bit depth on a palette image is refused', () => {
  const png = Buffer.from(signature);
  png[24] = 16; // bit depth
  png[25] = 3; // palette colour type
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  assertRefusedQuickly(new Uint8Array(png), 'signature_image_invalid');
});
