import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfImageOf } from '../../src/modules/pdf/index.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * Logos stored before uploads were normalised are brought to the stored form once (migration
 * 20261202T1200_normalised_logos); one that cannot be decoded within the limits is removed and logged.
 */
describe('normalised logos migration', () => {
  let database: TestDatabase;
  const warnings: string[] = [];
  const stamp = '2026-11-20T10:00:00.000Z';

  beforeAll(async () => {
    database = await createTestDatabase({ upTo: '20261128T1000_clustered_logs' });
    const db = database.db;
    const rgba = Buffer.alloc(1500 * 600 * 4);
    for (let p = 0; p < 1500 * 600; p++) if (p % 1500 >= 750) rgba.set([31, 78, 121, 255], p * 4);
    const logos: [string, Buffer | null, string | null][] = [
      [
        'bomb',
        await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#ffffff' } })
          .png({ compressionLevel: 9 })
          .toBuffer(),
        'image/png',
      ],
      [
        'garbage',
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]),
        'image/png',
      ],
      [
        'alpha',
        await sharp(rgba, { raw: { width: 1500, height: 600, channels: 4 } })
          .png()
          .toBuffer(),
        'image/png',
      ],
      [
        'photo',
        await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#c0392b' } })
          .jpeg()
          .toBuffer(),
        'image/jpeg',
      ],
      ['none', null, null],
    ];
    for (const [id, logo, mime] of logos) {
      await sql`
        INSERT INTO companies (id, name, country, currency, timezone, payment_reference_kind,
          payment_terms_days, quote_validity_days, vat_regime, pdf_template, logo, logo_mime, created_at, updated_at)
        VALUES (${id}, ${id}, 'BE', 'EUR', 'Europe/Brussels', 'be-ogm', 30, 30, 'standard', 'classic',
          ${logo}, ${mime}, ${stamp}, ${stamp})
      `.execute(db);
    }
    const spy = vi.spyOn(console, 'warn').mockImplementation((msg: unknown) => {
      warnings.push(String(msg));
    });
    try {
      await migrateToLatest(db);
    } finally {
      spy.mockRestore();
    }
  });
  afterAll(() => database?.close());

  const logoOf = async (id: string) => {
    const row = await database.db
      .selectFrom('companies')
      .select(['logo', 'logo_mime'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { data: row.logo ? Buffer.from(row.logo) : null, mime: row.logo_mime };
  };

  it('normalises a PNG with transparency to RGB on white within 1000×1000', async () => {
    const { data, mime } = await logoOf('alpha');
    expect(mime).toBe('image/png');
    expect(data && pdfImageOf(data)).toMatchObject({ width: 1000, height: 400 });
    const meta = await sharp(data as Buffer).metadata();
    expect(meta).toMatchObject({ channels: 3, hasAlpha: false, isProgressive: false });
  });

  it('keeps a JPEG a JPEG, fitted', async () => {
    const { data, mime } = await logoOf('photo');
    expect(mime).toBe('image/jpeg');
    expect(await sharp(data as Buffer).metadata()).toMatchObject({
      format: 'jpeg',
      width: 1000,
      height: 500,
    });
  });

  it('removes, and logs, logos that cannot be decoded within the limits', async () => {
    expect(await logoOf('bomb')).toEqual({ data: null, mime: null });
    expect(await logoOf('garbage')).toEqual({ data: null, mime: null });
    expect(await logoOf('none')).toEqual({ data: null, mime: null });
    expect(warnings.filter((w) => /company (bomb|garbage) cannot be decoded/.test(w))).toHaveLength(2);
  });
});
