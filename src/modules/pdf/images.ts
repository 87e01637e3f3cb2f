import { crc32 } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isJpeg = (data: Buffer) => data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;

/** Larger images are left out: a page shows a logo a few centimetres wide. */
export const PDF_IMAGE_MAX_SIDE = 4096;

export interface PdfImage {
  data: Buffer;
  width: number;
  height: number;
  /** Colour components: 1 grey, 3 RGB, 4 CMYK (a JPEG only; PDFKit embeds it as DeviceCMYK). */
  components: number;
}

/**
 * An image in a form PDFKit embeds as it is, without decoding a pixel: a baseline or progressive
 * JPEG (its bytes go in as DCTDecode), or an 8-bit RGB or grey PNG, not interlaced, without
 * transparency (its compressed IDAT data goes in as FlateDecode with the PNG predictor). Anything
 * else (alpha, a palette, 16 bits, interlacing) would make PDFKit decode and re-compress it on every
 * render, asynchronously: the company's logo is normalised to this form once, when it is uploaded
 * (companies/logo-image.ts). Checks the structure only (chunks, CRCs, header fields): a damaged
 * image throws a RangeError, which the renderer reports and draws the document without it.
 */
export function pdfImageOf(data: Buffer): PdfImage {
  const size = isJpeg(data) ? jpegSize(data) : pngSize(data);
  if (size.width < 1 || size.height < 1) throw new RangeError('The image has no pixels');
  if (size.width > PDF_IMAGE_MAX_SIDE || size.height > PDF_IMAGE_MAX_SIDE)
    throw new RangeError(`The image is larger than ${PDF_IMAGE_MAX_SIDE} pixels a side`);
  return { data, ...size };
}

function pngSize(data: Buffer): { width: number; height: number; components: number } {
  if (data.length < 8 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new RangeError('The image is neither a PNG nor a JPEG image');
  }
  let size: { width: number; height: number; components: number } | null = null;
  let hasData = false;
  let at = 8;
  for (;;) {
    if (at + 12 > data.length) throw new RangeError('The PNG image is truncated');
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > data.length) throw new RangeError('The PNG image is truncated');
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) {
      throw new RangeError(`The PNG image is damaged (${type} chunk)`);
    }
    if (type === 'IHDR') {
      if (size || length !== 13) throw new RangeError('The PNG image has an invalid header');
      const bitDepth = data[at + 16];
      const colorType = data[at + 17];
      const interlace = data[at + 20];
      if (bitDepth !== 8 || (colorType !== 2 && colorType !== 0) || interlace !== 0) {
        throw new RangeError('The PNG image is not 8-bit RGB or grey without interlacing');
      }
      size = {
        width: data.readUInt32BE(at + 8),
        height: data.readUInt32BE(at + 12),
        components: colorType === 2 ? 3 : 1,
      };
    } else if (!size) {
      throw new RangeError('The PNG image has no header');
    } else if (type === 'tRNS') {
      throw new RangeError('The PNG image has transparency');
    } else if (type === 'IDAT') {
      hasData = true;
    } else if (type === 'IEND') {
      if (!hasData) throw new RangeError('The PNG image has no pixels');
      return size;
    }
    at = end;
  }
}

/** Pixel size and colour components from the first start-of-frame marker (SOF0…SOF15 but DHT, JPG and DAC). */
function jpegSize(data: Buffer): { width: number; height: number; components: number } {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) break;
    const marker = data[at + 1] as number;
    const length = data.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: data.readUInt16BE(at + 5),
        width: data.readUInt16BE(at + 7),
        components: data[at + 9] ?? 0,
      };
    }
    at += 2 + length;
  }
  throw new RangeError('The logo is not a readable JPEG image');
}
