import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { pdfImageOf } from '../pdf/index.js';

/**
 * Limits of an uploaded logo (README, "Limits"). A PNG of 105 KB can describe 6000×6000 pixels
 * (108 MB decoded): the file size says nothing of the work, so the header's dimensions are checked
 * before anything is decoded, and libvips refuses to decode past the pixel limit anyway.
 */
export const LOGO_LIMITS = {
  /** Bytes of the uploaded file. */
  maxBytes: 2 * 1024 * 1024,
  /** Pixels of the uploaded image (e.g. 4000×4000, a 16-megapixel photo). */
  maxPixels: 16_000_000,
  /** Pixels on either side of the uploaded image. */
  maxSide: 8_000,
  /** The stored logo fits in a square this size: ample for a header a few centimetres wide. */
  storedMaxSide: 1000,
} as const;

export type LogoProblem = 'not_an_image' | 'unreadable' | 'too_many_pixels';

export class LogoImageError extends Error {
  constructor(
    readonly problem: LogoProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'LogoImageError';
  }
}

export interface NormalisedLogo {
  data: Buffer;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const FORMATS = new Set(['png', 'jpeg', 'webp']);

/**
 * Decodes the uploaded bytes (PNG, JPEG or WebP by their content, whatever the client says), checks
 * them, and returns the logo as it is stored: turned upright (EXIF), fitted within
 * `storedMaxSide`, flattened onto white (the logo always sits on white), sRGB, metadata stripped —
 * a JPEG stays a JPEG (a photo), anything else becomes an 8-bit RGB PNG without interlacing. Both are
 * forms the PDF renderer embeds without decoding them (pdf/images.ts), which is checked here too, so
 * a stored logo is never decoded again. Decoding runs on libvips' threads, off the event loop.
 */
export async function normaliseLogo(bytes: Buffer): Promise<NormalisedLogo> {
  const open = () =>
    sharp(bytes, { limitInputPixels: LOGO_LIMITS.maxPixels, failOn: 'warning', animated: false });
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (e) {
    throw new LogoImageError('unreadable', `header: ${(e as Error).message}`);
  }
  if (!meta.format || !FORMATS.has(meta.format)) {
    throw new LogoImageError('not_an_image', `format ${meta.format ?? 'unknown'}`);
  }
  const { width, height } = meta;
  if (!width || !height) throw new LogoImageError('unreadable', 'no dimensions');
  if (width > LOGO_LIMITS.maxSide || height > LOGO_LIMITS.maxSide || width * height > LOGO_LIMITS.maxPixels) {
    throw new LogoImageError('too_many_pixels', `${width}×${height}`);
  }
  const pipeline = open()
    .rotate()
    .resize({
      width: LOGO_LIMITS.storedMaxSide,
      height: LOGO_LIMITS.storedMaxSide,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb');
  const jpeg = meta.format === 'jpeg';
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await (jpeg
      ? pipeline.jpeg({ quality: 90, progressive: false, chromaSubsampling: '4:4:4' })
      : pipeline.png({ compressionLevel: 9, palette: false, progressive: false })
    ).toBuffer({ resolveWithObject: true });
  } catch (e) {
    const message = (e as Error).message;
    if (/pixel limit/i.test(message)) throw new LogoImageError('too_many_pixels', message);
    throw new LogoImageError('unreadable', message);
  }
  const image = pdfImageOf(out.data);
  return {
    data: out.data,
    mime: jpeg ? 'image/jpeg' : 'image/png',
    width: image.width,
    height: image.height,
  };
}
