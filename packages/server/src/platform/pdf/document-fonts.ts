import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { Font, GlyphRun } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { padGlyphsToEvenLength } from './pad-glyphs.js';

export type FontWeight = 'regular' | 'bold';

/** Noto Sans: Latin (with its extended blocks), Greek and Cyrillic, shipped as TTF in an npm package. */
const FONT_FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

interface LoadedFont {
  bytes: Uint8Array;
  font: Font;
}

const requireFile = createRequire(import.meta.url);
const loaded = new Map<FontWeight, LoadedFont>();
const byBytes = new Map<Uint8Array, Font>();
const embeddedIn = new WeakMap<PDFDocument, Map<FontWeight, Promise<PDFFont>>>();

/** Reads and parses a font once per process (per worker thread): later documents reuse the parsed tables. */
function load(weight: FontWeight): LoadedFont {
  let entry = loaded.get(weight);
  if (!entry) {
    const bytes = padGlyphsToEvenLength(readFileSync(requireFile.resolve(FONT_FILES[weight])));
    entry = { bytes, font: withCharacterMapLayout(fontkit.create(bytes)) };
    loaded.set(weight, entry);
    byBytes.set(bytes, entry.font);
  }
  return entry;
}

/**
 * pdf-lib keeps only the glyph ids and advance widths of a layout and drops glyph positioning, so
 * full OpenType shaping changes next to nothing it draws for the scripts this font covers, while
 * costing a hundred times a character-map lookup on every width measurement.
 */
function withCharacterMapLayout(font: Font): Font {
  const layout = (text: string) => ({ glyphs: font.glyphsForString(text) }) as GlyphRun;
  return new Proxy(font, {
    get: (target, property) =>
      property === 'layout' ? layout : Reflect.get(target, property, target),
  });
}

/**
 * Embeds the Unicode font in `doc`, subsetted to the characters drawn, once per document and weight:
 * the filled values and the certificate share one subset. Text must first go through
 * `toFontCharacters` so that a character the font lacks is replaced instead of drawn as a blank box.
 *
 * @example
 * const font = await embedDocumentFont(doc, 'regular');
 * page.drawText(toFontCharacters('Zoë Łukasiewicz', font), { font, size: 10, x, y });
 */
export function embedDocumentFont(doc: PDFDocument, weight: FontWeight): Promise<PDFFont> {
  let fonts = embeddedIn.get(doc);
  if (!fonts) {
    fonts = new Map();
    embeddedIn.set(doc, fonts);
  }
  let font = fonts.get(weight);
  if (!font) {
    font = embed(doc, weight);
    fonts.set(weight, font);
  }
  return font;
}

function embed(doc: PDFDocument, weight: FontWeight): Promise<PDFFont> {
  const { bytes } = load(weight);
  // pdf-lib asks "fontkit" to parse the bytes it is given: hand back the font parsed once.
  doc.registerFontkit({
    create: (data: Uint8Array) => {
      const font = byBytes.get(data);
      if (!font) throw new Error('Only the document fonts are embedded.');
      return font;
    },
  } as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  return doc.embedFont(bytes, { subset: true });
}
