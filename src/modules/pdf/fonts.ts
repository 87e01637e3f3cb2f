import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { withoutTables } from './sfnt.js';

/**
 * The typeface of every document: Inter (SIL Open Font License 1.1), the static TrueType files of the
 * `@expo-google-fonts/inter` package, embedded as subsets so that the PDF shows the same glyphs on
 * every viewer and the renderer never depends on the fonts of the machine. Inter covers Latin
 * (é ü ß ł ő ç …), Greek and Cyrillic, and has tabular figures wide enough for amounts.
 */
export type FontName = 'regular' | 'semibold';
export const FONT_NAMES: readonly FontName[] = ['regular', 'semibold'];

const FILES: Record<FontName, string> = {
  regular: '400Regular/Inter_400Regular.ttf',
  semibold: '600SemiBold/Inter_600SemiBold.ttf',
};

/** Layout tables left out: see sfnt.ts (fontkit's shaping costs more than the page itself). */
const LAYOUT_TABLES = ['GSUB', 'GPOS', 'GDEF', 'STAT'];

let cache: Record<FontName, fontkit.Font> | null = null;

/**
 * The parsed fonts, read once per process: fontkit then keeps glyph metrics across documents, which
 * makes a one-page render several times faster than parsing the files for every document.
 */
export function fonts(): Record<FontName, fontkit.Font> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@expo-google-fonts/inter/package.json').replace(/package\.json$/, '');
  const load = (file: string): fontkit.Font => {
    const font = fontkit.create(withoutTables(readFileSync(dir + file), LAYOUT_TABLES));
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    return memoizeGlyphOutlines(font);
  };
  cache = { regular: load(FILES.regular), semibold: load(FILES.semibold) };
  return cache;
}

interface DecodableGlyph {
  _decode?: () => unknown;
  __outlineMemo?: true;
}

/**
 * Every document embeds a subset of the fonts, and building it parses the outline of each glyph it
 * takes (fontkit's `_decode`, only to learn whether the glyph is made of others) — a tenth of a
 * one-page render, the same glyphs parsed again for every document. The fonts here are static (no
 * variation axes), so a glyph's outline never changes: it is parsed once per process. fontkit keeps
 * one glyph object per id, so remembering the parsed outline on that object is enough.
 */
function memoizeGlyphOutlines(font: fontkit.Font): fontkit.Font {
  const f = font as fontkit.Font & { _variationProcessor?: unknown };
  if (f._variationProcessor) return font;
  const getGlyph = f.getGlyph.bind(f);
  f.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    const g = glyph as unknown as DecodableGlyph;
    const decode = g._decode;
    if (decode && !g.__outlineMemo) {
      let parsed: unknown;
      let done = false;
      g._decode = () => {
        if (!done) {
          parsed = decode.call(glyph);
          done = true;
        }
        return parsed;
      };
      g.__outlineMemo = true;
    }
    return glyph;
  };
  return font;
}
