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
    return font;
  };
  cache = { regular: load(FILES.regular), semibold: load(FILES.semibold) };
  return cache;
}
