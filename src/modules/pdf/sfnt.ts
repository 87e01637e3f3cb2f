/**
 * A TrueType/OpenType font file (sfnt) rewritten with some of its tables left out.
 *
 * The renderer drops the OpenType layout tables (GSUB, GPOS, GDEF and friends): with them, fontkit runs
 * its full shaping engine on every string, which costs ~0.5 ms per string with Inter and made a one-page
 * invoice take ~60 ms; without them a string is laid out from the cmap and advance widths alone. Latin
 * text loses contextual alternates and GPOS kerning (which fontkit did not apply to Inter's class-based
 * pairs anyway), nothing that a document of plain words and figures needs.
 */
export function withoutTables(font: Buffer, drop: readonly string[]): Buffer {
  const numTables = font.readUInt16BE(4);
  const records: { tag: string; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = font.toString('latin1', at, at + 4);
    if (drop.includes(tag)) continue;
    records.push({
      tag,
      checksum: font.readUInt32BE(at + 4),
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    });
  }
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + records.length * 16;
  const total = records.reduce((sum, r) => sum + pad4(r.length), headerLength);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(font.readUInt32BE(0), 0);
  out.writeUInt16BE(records.length, 4);
  // searchRange, entrySelector, rangeShift (OpenType spec, "Table directory").
  const entrySelector = Math.floor(Math.log2(records.length));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(records.length * 16 - searchRange, 10);
  let offset = headerLength;
  records.forEach((r, i) => {
    const at = 12 + i * 16;
    out.write(r.tag, at, 4, 'latin1');
    out.writeUInt32BE(r.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(r.length, at + 12);
    font.copy(out, offset, r.offset, r.offset + r.length);
    offset += pad4(r.length);
  });
  return out;
}
