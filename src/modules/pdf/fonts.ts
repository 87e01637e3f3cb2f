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
 * makes a one-page render several times faster than parsing the files for every document. What is
 * kept must never change what a later document gets: see `glyphsOfTheirText`.
 */
export function fonts(): Record<FontName, fontkit.Font> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@expo-google-fonts/inter/package.json').replace(/package\.json$/, '');
  const load = (file: string): fontkit.Font => {
    const font = fontkit.create(withoutTables(readFileSync(dir + file), LAYOUT_TABLES));
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    return glyphsOfTheirText(font);
  };
  cache = { regular: load(FILES.regular), semibold: load(FILES.semibold) };
  return cache;
}

interface FontkitGlyph {
  id: number;
  /** fontkit's parse of the glyph's outline (`glyf` entry): what subsetting reads. */
  _decode?: () => unknown;
  __sharedOutline?: true;
}

type GlyphClass = new (id: number, codePoints: number[], font: fontkit.Font) => fontkit.Glyph;

/** Glyph objects kept per font (one per glyph and text that reached it); emptied when full. */
const GLYPHS_MAX = 20_000;

/**
 * Glyph objects that depend only on the glyph id and the text that asked for them, never on what was
 * rendered before.
 *
 * fontkit keeps one object per glyph id, and that object keeps the code points it was first asked with
 * (`getGlyph(id, codePoints)`); later callers get the same object whatever their code points. With
 * the fonts shared by every render of a thread, a glyph's code points were those of the first text of
 * any earlier document that reached it — or none when subsetting had first reached it as a part of
 * another glyph (Inter's ":", "·" and "…" are built from its "."). Both PDFKit and fontkit read them:
 * PDFKit writes them into the subset's ToUnicode CMap (how viewers copy, search and extract text, so
 * an English invoice rendered after a French one had its "." read as "+" or " "), and fontkit's layout
 * positions marks and hides default-ignorable characters from them (widths, hence bytes). Here each
 * (glyph id, code points) pair gets its own glyph object, so a document's glyphs carry its own text
 * and a render's bytes and text are those it has in a fresh process.
 *
 * What stays shared is what depends on the glyph id alone: metrics (cached by fontkit in each object,
 * computed once per pair) and the parsed outline. Every document embeds a subset of the fonts, and
 * building it parses the outline of each glyph it takes (fontkit's `_decode`, only to learn whether
 * the glyph is made of others) — a tenth of a one-page render, the same glyphs parsed again for every
 * document. The fonts here are static (no variation axes), so a glyph's outline never changes: it is
 * parsed once per process (a variable font would keep fontkit's own parsing).
 */
function glyphsOfTheirText(font: fontkit.Font): fontkit.Font {
  const f = font as fontkit.Font & { _variationProcessor?: unknown };
  const staticOutlines = !f._variationProcessor;
  const fontkitGlyph = f.getGlyph.bind(f);
  const outlines = new Map<number, unknown>();
  const glyphs = new Map<number | string, fontkit.Glyph>();

  const shareOutline = (glyph: fontkit.Glyph): fontkit.Glyph => {
    const g = glyph as unknown as FontkitGlyph;
    const decode = g._decode;
    if (staticOutlines && decode && !g.__sharedOutline) {
      g._decode = () => {
        if (!outlines.has(g.id)) outlines.set(g.id, decode.call(glyph));
        return outlines.get(g.id);
      };
      g.__sharedOutline = true;
    }
    return glyph;
  };

  f.getGlyph = (id, codePoints = []) => {
    // Every call, fontkit's own included, comes through here, so fontkit's object for an id is
    // always made without code points: the glyph as a part of others, and the subset's reference.
    const bare = fontkitGlyph(id);
    if (!bare) return bare;
    if (codePoints.length === 0) return shareOutline(bare);
    const key = codePoints.length === 1 ? id * 0x110000 + codePoints[0]! : `${id}:${codePoints.join(',')}`;
    let glyph = glyphs.get(key);
    if (!glyph) {
      if (glyphs.size >= GLYPHS_MAX) glyphs.clear();
      glyph = shareOutline(new (bare.constructor as GlyphClass)(id, [...codePoints], f));
      glyphs.set(key, glyph);
    }
    return glyph;
  };
  return font;
}
