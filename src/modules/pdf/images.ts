import { PNG } from 'pngjs';
import type { PdfLogo } from './pdf.types.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isJpeg = (data: Buffer) => data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;

export interface PdfImage {
  data: Buffer;
  width: number;
  height: number;
}

const normalized = new WeakMap<Buffer, PdfImage>();

/**
 * The logo as PDFKit embeds it synchronously. A JPEG goes in as it is. A PNG is re-encoded as 8-bit
 * RGB, its transparency composited onto white (the logo always sits on white): PDFKit decodes PNGs
 * with an alpha channel, a transparent palette or interlacing through asynchronous zlib calls, which
 * would make rendering asynchronous and its end depend on the event loop. Cached per buffer, so that a
 * company's logo is converted once while the same buffer is reused.
 */
export function logoForPdf(logo: PdfLogo): PdfImage {
  const { data } = logo;
  if (isJpeg(data)) return { data, ...jpegSize(data) };
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new RangeError('The logo must be a PNG or JPEG image');
  }
  const hit = normalized.get(data);
  if (hit) return hit;
  const png = PNG.sync.read(data);
  const rgb = PNG.sync.write(png, {
    colorType: 2,
    inputHasAlpha: true,
    bgColor: { red: 255, green: 255, blue: 255 },
  });
  const image = { data: rgb, width: png.width, height: png.height };
  normalized.set(data, image);
  return image;
}

/** Pixel size from the first start-of-frame marker (SOF0…SOF15 but DHT, JPG and DAC). */
function jpegSize(data: Buffer): { width: number; height: number } {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) break;
    const marker = data[at + 1]!;
    const length = data.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  throw new RangeError('The logo is not a readable JPEG image');
}
