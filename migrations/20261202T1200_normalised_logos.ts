import sharp from 'sharp';
import type { MigrationDb } from './helpers.js';

/*
 * Company logos are stored normalised from now on (src/modules/companies/logo-image.ts): decoded and
 * checked at upload, fitted within 1000×1000, flattened onto white, sRGB, a JPEG as JPEG and anything
 * else as an 8-bit RGB PNG without interlacing — forms the PDF renderer embeds without decoding them.
 * This brings the logos stored before to the same form, once, so that the renderer never has to
 * decode one (a 105 KB PNG of 6000×6000 pixels used to cost every PDF of its company 7 s). A logo
 * that cannot be decoded within the upload's limits is removed, and said so on the console: its
 * company uploads it again. The steps are written out here rather than imported, so that this
 * migration does the same thing whatever the upload code becomes.
 */

const MAX_PIXELS = 16_000_000;
const MAX_SIDE = 8_000;
const STORED_MAX_SIDE = 1000;

async function normalise(bytes: Buffer): Promise<{ data: Buffer; mime: string }> {
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  if (meta.format !== 'png' && meta.format !== 'jpeg' && meta.format !== 'webp')
    throw new Error(`format ${meta.format ?? 'unknown'}`);
  const { width = 0, height = 0 } = meta;
  if (!width || !height || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    throw new Error(`${width}×${height} pixels, over the limits`);
  const pipeline = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'warning', animated: false })
    .rotate()
    .resize({ width: STORED_MAX_SIDE, height: STORED_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb');
  if (meta.format === 'jpeg') {
    const data = await pipeline
      .jpeg({ quality: 90, progressive: false, chromaSubsampling: '4:4:4' })
      .toBuffer();
    return { data, mime: 'image/jpeg' };
  }
  const data = await pipeline.png({ compressionLevel: 9, palette: false, progressive: false }).toBuffer();
  return { data, mime: 'image/png' };
}

export async function up(db: MigrationDb): Promise<void> {
  const companies = await db.selectFrom('companies').select('id').where('logo', 'is not', null).execute();
  for (const { id } of companies as { id: string }[]) {
    const row = await db.selectFrom('companies').select('logo').where('id', '=', id).executeTakeFirst();
    if (!row?.logo) continue;
    let logo: { data: Buffer; mime: string } | null;
    try {
      logo = await normalise(Buffer.from(row.logo as Uint8Array));
    } catch (e) {
      logo = null;
      console.warn(
        `migration 20261202T1200_normalised_logos: the logo of company ${id} cannot be decoded (${(e as Error).message}); it was removed`,
      );
    }
    await db
      .updateTable('companies')
      .set({ logo: logo?.data ?? null, logo_mime: logo?.mime ?? null })
      .where('id', '=', id)
      .execute();
  }
}
