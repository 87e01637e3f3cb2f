import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pdfImageOf } from './images.js';
import { sampleDocument, sampleLogo } from './pdf.fixtures.js';
import { renderDocumentPdfReport } from './render.js';

const png = (colorType: 0 | 2 | 4 | 6, opts: { interlace?: boolean } = {}) => {
  const image = new PNG({ width: 4, height: 3, colorType, inputHasAlpha: true });
  image.data.fill(128);
  const bytes = PNG.sync.write(image, { colorType, inputHasAlpha: true });
  if (opts.interlace) {
    // Flip the IHDR interlace byte and fix the chunk's CRC, as an interlaced file would carry.
    bytes[28] = 1;
    bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  }
  return bytes;
};

/** The concatenated IDAT payload of a PNG: what PDFKit embeds as is. */
function idat(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      parts.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

describe('images embedded without decoding', () => {
  it('takes 8-bit RGB or grey PNGs and JPEGs, with their size', () => {
    expect(pdfImageOf(png(2))).toMatchObject({ width: 4, height: 3 });
    expect(pdfImageOf(png(0))).toMatchObject({ width: 4, height: 3 });
  });

  it('refuses what PDFKit would have to decode, and damaged files', () => {
    expect(() => pdfImageOf(png(6))).toThrow(/not 8-bit RGB or grey/);
    expect(() => pdfImageOf(png(4))).toThrow(/not 8-bit RGB or grey/);
    expect(() => pdfImageOf(png(2, { interlace: true }))).toThrow(/not 8-bit RGB or grey/);
    const rgb = png(2);
    const flipped = Buffer.from(rgb);
    flipped[40] = (flipped[40] as number) ^ 0xff; // inside IDAT
    expect(() => pdfImageOf(flipped)).toThrow(/damaged/);
    expect(() => pdfImageOf(rgb.subarray(0, rgb.length - 10))).toThrow(/truncated/);
    expect(() => pdfImageOf(Buffer.concat([rgb.subarray(0, 8), Buffer.alloc(100, 0x41)]))).toThrow();
    expect(() => pdfImageOf(Buffer.from('GIF89a'))).toThrow(/neither a PNG nor a JPEG/);
  });

  it('puts the stored PNG data in the PDF as it is (never decoded per document)', () => {
    const logo = sampleLogo();
    const { pdf, warnings } = renderDocumentPdfReport(sampleDocument({ lines: 1 }));
    expect(warnings).toEqual([]);
    expect(pdf.includes(idat(logo))).toBe(true);
  });

  it('draws the document without a damaged logo, and says so', () => {
    const input = sampleDocument({ lines: 1 });
    const damaged = {
      ...input,
      logo: {
        data: Buffer.concat([sampleLogo().subarray(0, 8), Buffer.alloc(500, 1)]),
        mime: 'image/png' as const,
      },
    };
    const { pdf, warnings } = renderDocumentPdfReport(damaged);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(warnings).toEqual([expect.stringMatching(/^logo left out: /)]);
    expect(pdf.equals(renderDocumentPdfReport({ ...input, logo: null }).pdf)).toBe(true);
  });
});
