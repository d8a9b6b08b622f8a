/**
 * Returns a copy of the TrueType font `bytes` whose glyph records all have an even length.
 *
 * Why: the subsetter pdf-lib embeds with (@pdf-lib/fontkit) writes a short `loca` table, which
 * stores every offset halved, but copies each glyph record as it is. A font built with unpadded
 * glyphs and a long `loca` (Noto Sans is one: about 1,300 of its 4,503 glyphs have an odd length)
 * then has every glyph after the first odd one read from the wrong place, and PDF viewers draw
 * nothing for most letters. Padding each record to an even length keeps the halved offsets exact.
 */
export function padGlyphsToEvenLength(bytes: Uint8Array): Uint8Array {
  const tables = readTables(bytes);
  const head = required(tables, 'head');
  const loca = required(tables, 'loca');
  const glyf = required(tables, 'glyf');
  const glyphCount = view(required(tables, 'maxp')).getUint16(4);
  const longOffsets = view(head).getInt16(50) === 1;
  const offsetAt = (index: number): number =>
    longOffsets ? view(loca).getUint32(index * 4) : view(loca).getUint16(index * 2) * 2;

  const records: Uint8Array[] = [];
  let glyfLength = 0;
  for (let index = 0; index < glyphCount; index++) {
    const record = glyf.subarray(offsetAt(index), offsetAt(index + 1));
    records.push(record);
    glyfLength += record.length + (record.length % 2);
  }
  const paddedGlyf = new Uint8Array(glyfLength);
  const paddedLoca = new Uint8Array((glyphCount + 1) * 4);
  let offset = 0;
  records.forEach((record, index) => {
    view(paddedLoca).setUint32(index * 4, offset);
    paddedGlyf.set(record, offset);
    offset += record.length + (record.length % 2);
  });
  view(paddedLoca).setUint32(glyphCount * 4, offset);

  const paddedHead = head.slice();
  view(paddedHead).setInt16(50, 1);
  tables.set('head', paddedHead);
  tables.set('loca', paddedLoca);
  tables.set('glyf', paddedGlyf);
  return writeFont(view(bytes).getUint32(0), tables);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function required(tables: Map<string, Uint8Array>, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`The font has no ${tag} table.`);
  return table;
}

/** Table tag → table bytes, in the file's directory order. */
function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const data = view(bytes);
  const tables = new Map<string, Uint8Array>();
  const count = data.getUint16(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = data.getUint32(record + 8);
    tables.set(tag, bytes.subarray(offset, offset + data.getUint32(record + 12)));
  }
  return tables;
}

/** Lays the tables out 4-byte aligned with fresh checksums, as the OpenType spec asks. */
function writeFont(sfntVersion: number, tables: Map<string, Uint8Array>): Uint8Array {
  const count = tables.size;
  const headerLength = 12 + count * 16;
  let length = headerLength;
  for (const table of tables.values()) length += align4(table.length);
  const out = new Uint8Array(length);
  const data = view(out);
  const power = 2 ** Math.floor(Math.log2(count));
  data.setUint32(0, sfntVersion);
  data.setUint16(4, count);
  data.setUint16(6, power * 16);
  data.setUint16(8, Math.log2(power));
  data.setUint16(10, count * 16 - power * 16);

  let offset = headerLength;
  let headOffset = 0;
  [...tables.keys()].sort().forEach((tag, index) => {
    const table = tables.get(tag) as Uint8Array;
    if (tag === 'head') {
      view(table).setUint32(8, 0);
      headOffset = offset;
    }
    const record = 12 + index * 16;
    for (let i = 0; i < 4; i++) out[record + i] = tag.charCodeAt(i);
    out.set(table, offset);
    data.setUint32(record + 4, checksum(out.subarray(offset, offset + align4(table.length))));
    data.setUint32(record + 8, offset);
    data.setUint32(record + 12, table.length);
    offset += align4(table.length);
  });
  data.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function align4(length: number): number {
  return (length + 3) & ~3;
}

function checksum(bytes: Uint8Array): number {
  const data = view(bytes);
  let sum = 0;
  for (let offset = 0; offset < bytes.length; offset += 4)
    sum = (sum + data.getUint32(offset)) >>> 0;
  return sum;
}
