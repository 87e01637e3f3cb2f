import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurePdfRenderer } from '../../src/modules/pdf/index.js';
import {
  belgianSeller,
  buildTestApp,
  client,
  consultingLine,
  createCompany,
  issueInvoice,
  type Seller,
  type Session,
  signup,
  type TestApp,
} from '../helpers/app.js';

/*
 * Resource limits (issue 11, point 3): what one company sends — a template, an image, a long
 * document, a large file — can neither hang the server nor break the company's own documents.
 */

let t: TestApp;
let s: Session;
let api: ReturnType<typeof client>;
let companyId: string;
let base: string;
let seller: Seller;

const issuedInvoice = () => issueInvoice(seller);

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  seller = await belgianSeller(t, { company: { email: 'hello@atelier.example' } });
  ({ session: s, api, companyId, base } = seller);
});
afterAll(() => t.close());

const NESTED_LOOPS =
  '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}';

describe('template limits', () => {
  it('refuses at save a template whose preview runs past the time budget (three nested loops)', async () => {
    const res = await api.put(
      `${base}/mail-templates/invoice/fr`,
      { subject: 'Facture {{ invoice.number }}', body: NESTED_LOOPS },
      { 'accept-language': 'fr' },
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('template_invalid');
    expect(res.json().errors).toEqual([
      { path: 'body', message: 'Le modèle prend trop de temps à produire : simplifiez ses boucles' },
    ]);
    const list = (await api.get(`${base}/mail-templates`)).json().items;
    expect(
      list.find((x: { kind: string; language: string }) => x.kind === 'invoice' && x.language === 'fr'),
    ).toMatchObject({ custom: false });
  });

  it('refuses at save a template whose output is enormous', async () => {
    // 2,000 turns of a 5,000-character paragraph: 10 million characters for 5 KB of template.
    const huge = await api.put(
      `${base}/mail-templates/quote/en`,
      { subject: 'Quote', body: `{% for a in (1..2000) %}${'Lorem ipsum. '.repeat(385)}{% endfor %}` },
      { 'accept-language': 'en' },
    );
    expect(huge.statusCode, huge.body).toBe(422);
    expect(huge.json().errors).toEqual([
      { path: 'body', message: 'The template produces too much text: simplify its loops' },
    ]);
    // Doubling a captured string: each capture counts, long before the string would.
    const doubling = await api.put(`${base}/mail-templates/quote/en`, {
      subject: 'Quote',
      body: '{% capture x %}ab{% endcapture %}{% for a in (1..40) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}',
    });
    expect(doubling.statusCode, doubling.body).toBe(422);
    expect(doubling.json().errors[0]).toMatchObject({ path: 'body' });
  });

  it("checks every level of a reminder's template against the limits", async () => {
    const res = await api.put(`${base}/mail-templates/reminder/fr`, {
      subject: 'Rappel {{ invoice.number }}',
      body: `Bonjour,{% if reminder.level == 3 %}${NESTED_LOOPS}{% endif %}`,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors[0].path).toBe('body');
  });

  it('fails cleanly at send time when a stored template exceeds the limits', async () => {
    // A template stored before the limits existed.
    await t.ctx.db
      .insertInto('mail_templates')
      .values({
        company_id: companyId,
        document_kind: 'invoice',
        language: 'fr',
        subject: 'Facture {{ invoice.number }}',
        body: NESTED_LOOPS,
        updated_by: s.user.id,
        updated_at: '2026-11-27T10:00:00.000Z',
      })
      .execute();
    try {
      const inv = await issuedInvoice();
      const sent = await api.post(`${base}/invoices/${inv.id}/email`, {}, { 'accept-language': 'en' });
      expect(sent.statusCode, sent.body).toBe(422);
      expect(sent.json()).toMatchObject({
        code: 'template_invalid',
        errors: [
          { path: 'template/body', message: 'The template takes too long to render: simplify its loops' },
        ],
      });
      // Nothing was sent, and the server answers other requests at once.
      expect((await api.get(`${base}/invoices/${inv.id}`)).json().status).toBe('issued');
      expect((await api.get('/api/v1/health')).statusCode).toBe(200);
    } finally {
      await api.delete(`${base}/mail-templates/invoice/fr`);
    }
  });
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const putLogo = (bytes: Buffer, type = 'image/png') =>
  api.put(`${base}/logo`, bytes, { 'content-type': type, 'accept-language': 'en' });

describe('logo limits', () => {
  it('refuses a PNG bomb: 6000×6000 pixels in about 100 KB, before decoding it', async () => {
    const bomb = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(200_000);
    const res = await putLogo(bomb);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: 'logo',
        message: 'The logo has too many pixels: at most 16 megapixels and 8,000 pixels a side',
      },
    ]);
    expect((await api.get(base)).json().hasLogo).toBe(false);
  });

  it('refuses garbage after a valid PNG signature', async () => {
    const res = await putLogo(Buffer.concat([PNG_SIGNATURE, Buffer.alloc(4000, 0x41)]));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'logo' });
    // A real PNG cut short is refused too.
    const real = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#1f4e79' } })
      .png()
      .toBuffer();
    const cut = await putLogo(real.subarray(0, real.length - 40));
    expect(cut.statusCode, cut.body).toBe(400);
    expect(cut.json().errors[0]).toMatchObject({ path: 'logo' });
  });

  it('stores a PNG with transparency normalised: RGB on white, within 1000×1000, not interlaced', async () => {
    // 1500×600: left half transparent, right half opaque blue.
    const raw = Buffer.alloc(1500 * 600 * 4);
    for (let p = 0; p < 1500 * 600; p++) {
      if (p % 1500 >= 750) raw.set([31, 78, 121, 255], p * 4);
    }
    const png = await sharp(raw, { raw: { width: 1500, height: 600, channels: 4 } })
      .png()
      .toBuffer();
    expect((await putLogo(png)).statusCode).toBe(204);
    const stored = (await api.get(`${base}/logo`)).rawPayload;
    // IHDR: 1000×400, bit depth 8, colour type 2 (RGB, no alpha), interlace 0.
    expect([stored.readUInt32BE(16), stored.readUInt32BE(20), stored[24], stored[25], stored[28]]).toEqual([
      1000, 400, 8, 2, 0,
    ]);
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 1000, height: 400, channels: 3 });
    const px = (x: number, y: number) => [...data.subarray((y * 1000 + x) * 3, (y * 1000 + x) * 3 + 3)];
    expect(px(10, 200)).toEqual([255, 255, 255]);
    expect(px(990, 200)).toEqual([31, 78, 121]);
  });

  it('keeps a JPEG a JPEG, fitted within the bound', async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toBuffer();
    expect((await putLogo(jpeg, 'image/jpeg')).statusCode).toBe(204);
    const got = await api.get(`${base}/logo`);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(got.rawPayload).metadata()).toMatchObject({
      format: 'jpeg',
      width: 1000,
      height: 500,
    });
  });

  it('renders PDFs, the public page and e-mails without a stored logo that turned out damaged, and logs it', async () => {
    const warnings: string[] = [];
    configurePdfRenderer({ log: { warn: (_obj, msg) => warnings.push(msg) } });
    try {
      const draft = (
        await api.post(`${base}/invoices`, { contactId: seller.customerId, lines: [consultingLine] })
      ).json();
      const inv = await issuedInvoice();
      // Written straight into the database: a PNG signature followed by garbage.
      await t.ctx.db
        .updateTable('companies')
        .set({ logo: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(4000, 0x41)]), logo_mime: 'image/png' })
        .where('id', '=', companyId)
        .execute();

      const draftPdf = await api.get(`${base}/invoices/${draft.id}/pdf`);
      expect(draftPdf.statusCode, draftPdf.body).toBe(200);
      expect(draftPdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await api.get(`${base}/invoices/${inv.id}/pdf`);
      expect(pdf.statusCode, pdf.body).toBe(200);

      const link = await api.post(`${base}/invoices/${inv.id}/public-link`);
      const path = new URL(link.json().url as string).pathname;
      const page = await t.app.inject({ method: 'GET', url: path });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(inv.number);
      expect((await t.app.inject({ method: 'GET', url: `${path}/pdf` })).statusCode).toBe(200);

      const sent = await api.post(`${base}/invoices/${inv.id}/email`, {});
      expect(sent.statusCode, sent.body).toBe(202);
      expect(warnings.some((w) => /logo left out/.test(w))).toBe(true);
    } finally {
      configurePdfRenderer({ log: t.ctx.log });
      await api.delete(`${base}/logo`);
    }
  });
});

describe('CPU-heavy work off the request thread', () => {
  /** A draft of 500 lines with long descriptions: some 40 pages, the longest PDF the API lets one ask for. */
  async function longDraft(): Promise<string> {
    const lines = Array.from({ length: 500 }, (_, i) => ({
      ...consultingLine,
      description: `Prestation ${i + 1} : ${'étude, conception et suivi du chantier '.repeat(12)}`,
    }));
    const res = await api.post(`${base}/invoices`, { contactId: seller.customerId, lines });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  it("answers another company's request while a long PDF of this one renders", async () => {
    const other = await signup(t.app);
    const otherId = await createCompany(t.app, other, { name: 'Autre société', country: 'BE' });
    const id = await longDraft();
    await api.get(`${base}/invoices/${id}/pdf`); // threads started, fonts parsed
    const order: string[] = [];
    const heavy = api.get(`${base}/invoices/${id}/pdf`).then((r) => {
      order.push('long PDF');
      return r;
    });
    // One turn of the event loop: the long render has begun (on the request thread it would now
    // hold the loop until it is done).
    await new Promise((resolve) => setImmediate(resolve));
    const cheap = await client(t.app, other).get(`/api/v1/companies/${otherId}/contacts`);
    order.push('contacts');
    expect(cheap.statusCode).toBe(200);
    expect((await heavy).statusCode).toBe(200);
    expect(order).toEqual(['contacts', 'long PDF']);
  });

  it("answers another company's request while a large CSV file is checked", async () => {
    const other = await signup(t.app);
    const otherId = await createCompany(t.app, other, { name: 'Autre société', country: 'BE' });
    // 15 MB in 1,500 rows: a long column nobody maps (a pasted export's history, say), so that the
    // work is reading the file, not checking its rows.
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `Client ${i};client${i}@example.com;Bruxelles;${'historique, remarqué '.repeat(480)}`,
    );
    const file = Buffer.from(['name;email;city;history', ...rows].join('\n'), 'latin1');
    const up = await api.post(`${base}/contacts/imports`, file, { 'content-type': 'text/csv' });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ rowCount: 1500, encoding: 'windows-1252' });
    // The dry run reads the stored file again (decoding, parsing, checking every row). Meanwhile the
    // other company keeps asking for its contacts, one request after the other.
    let checking = true;
    const check = api
      .post(`${base}/contacts/imports/${up.json().id}/validate`, { mapping: up.json().suggestedMapping })
      .finally(() => {
        checking = false;
      });
    let answeredMeanwhile = 0;
    while (checking) {
      // Each request arrives as network input does: on a later turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      const cheap = await client(t.app, other).get(`/api/v1/companies/${otherId}/contacts`);
      expect(cheap.statusCode).toBe(200);
      if (checking) answeredMeanwhile++;
    }
    const checked = await check;
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({ rowCount: 1500, errorCount: 0 });
    // Held for the whole check, the loop would answer them only before it starts and after it ends.
    expect(answeredMeanwhile).toBeGreaterThan(10);
  });

  it('stops a render past the time limit with a clear 422', async () => {
    const id = await longDraft();
    configurePdfRenderer({ timeoutMs: 5 });
    try {
      const res = await api.get(`${base}/invoices/${id}/pdf`, { 'accept-language': 'en' });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'render_timeout',
        detail: 'The PDF took too long to render: split the document into smaller ones',
      });
    } finally {
      configurePdfRenderer({ timeoutMs: t.ctx.config.pdfRenderTimeoutMs });
    }
    expect((await api.get(`${base}/invoices/${id}/pdf`)).statusCode).toBe(200);
  });
});
