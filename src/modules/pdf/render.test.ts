import { describe, expect, it } from 'vitest';
import { type PageImage, pageImage, pageJpeg, pdfPages, qrCode } from '../../../test/helpers/pdf.js';
import { renderDocumentPdf, renderDocumentPdfSync } from './index.js';
import { legalMentions } from './legal-mentions.js';
import { sampleDocument, sampleReminder } from './pdf.fixtures.js';
import type { PdfDocumentInput, PdfRenderOptions } from './pdf.types.js';

// Text, images and QR codes come out of the PDF through pdfjs (test/helpers/pdf.ts), as a reader's viewer sees them.

/** A one-page invoice: nine lines (the payment block fits under them), no notes. */
const onePage = (over: Partial<PdfDocumentInput> = {}): PdfDocumentInput => ({
  ...sampleDocument({ lines: 9 }),
  notes: null,
  paymentTerms: null,
  ...over,
});

describe('renderDocumentPdf', () => {
  it('renders a one-page invoice with accented text, the euro sign and "1/1"', async () => {
    const pdf = await renderDocumentPdf(onePage());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('Facture');
    expect(text).toContain('F-2026-00042');
    expect(text).toContain('Brasserie Łukasz & Söhne');
    expect(text).toContain('Düsseldorf');
    expect(text).toMatch(/33\s305,70\s€/u);
    expect(text).toContain('+++123/4567/89002+++');
    expect(text).toContain('Page 1/1');
  });

  it('breaks 2,000 lines over some 60 pages, repeating the table header and numbering every page n/N', async () => {
    const input = { ...sampleDocument({ lines: 2000 }), notes: null, paymentTerms: null };
    const pages = await pdfPages(renderDocumentPdfSync(input));
    // About 33 one-line rows a page at a readable row height (~60 pages).
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.length).toBeLessThanOrEqual(70);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1}/${pages.length}`);
      // Every page with lines has the table's header (the last one may hold only the totals).
      if (/\(\d+\)/.test(page)) {
        expect(page).toContain('DESCRIPTION');
        expect(page).toContain('PRIX UNITAIRE');
      }
      if (i > 0) expect(page).toContain('Facture F-2026-00042 · suite');
    });
    // Every line is there once, in order, and the totals close the document.
    const all = pages.join('\n');
    expect(all).toContain('(1)');
    expect(all).toContain('(2000)');
    expect(pages.slice(-2).join('\n')).toContain('Total TVAC');
  });

  it('continues a description longer than a page on the next one', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Détail n° ${i + 1} de la prestation`).join('\n');
    const input = onePage({
      lines: [
        {
          description: `Mission longue\n${long}`,
          quantity: '1',
          unitPrice: '100',
          vatRate: '21',
          net: '100.00',
        },
      ],
    });
    const pages = await pdfPages(renderDocumentPdfSync(input));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.join('\n');
    expect(all).toContain('Détail n° 1 de');
    expect(all).toContain('Détail n° 120 de');
  });

  it('gives the same bytes for the same input', () => {
    for (const template of ['classic', 'modern'] as const) {
      const a = renderDocumentPdfSync(sampleDocument({ lines: 30 }), { template });
      const b = renderDocumentPdfSync(sampleDocument({ lines: 30 }), { template });
      expect(a.equals(b)).toBe(true);
    }
  });

  it('renders two clearly different templates', async () => {
    const input = onePage();
    const classic = renderDocumentPdfSync(input, { template: 'classic' });
    const modern = renderDocumentPdfSync(input, { template: 'modern' });
    expect(classic.equals(modern)).toBe(false);
    // The modern head is a band of the accent colour across the top of the page.
    const top = (png: PageImage) => [
      png.data[(20 * png.width + 20) * 4],
      png.data[(20 * png.width + 20) * 4 + 1],
    ];
    expect(top(await pageImage(classic, 1))).toEqual([255, 255]);
    expect(top(await pageImage(modern, 1))).toEqual([0x1f, 0x4e]);
  });

  it.each<PdfRenderOptions['template']>(['classic', 'modern'])(
    'prints an EPC QR code that a scanner reads back (%s)',
    async (template) => {
      const input = onePage();
      const pdf = renderDocumentPdfSync(input, { template });
      const code = await qrCode(pdf, (await pdfPages(pdf)).length);
      expect(code).not.toBeNull();
      const lines = code!.split('\n');
      expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
      expect(lines[4]).toBe('GKCCBEBB');
      expect(lines[5]).toBe('Dupont & Fils SRL');
      expect(lines[6]).toBe('BE68539007547034');
      expect(lines[7]).toBe(`EUR${input.payment!.amount}`);
      expect(lines[9]).toBe('123456789002');
    },
  );

  it('puts an RF creditor reference and a French seller’s accented name in the QR code', async () => {
    const input = { ...sampleDocument({ lines: 3, french: true }), notes: null };
    const code = await qrCode(renderDocumentPdfSync(input), 1);
    const lines = code!.split('\n');
    expect(lines[5]).toBe('Atelier Lumière SAS');
    expect(lines[6]).toBe('FR1420041010050500013M02606');
    expect(lines[9]).toBe('RF18539007547034');
  });

  it('prints no QR code for another currency than the euro, but the payment data', async () => {
    const input = onePage({ currency: 'USD' });
    const pdf = renderDocumentPdfSync(input);
    expect(await qrCode(pdf, 1)).toBeNull();
    const [text] = await pdfPages(pdf);
    expect(text).toContain('BE68 5390 0754 7034');
    expect(text).toContain('$');
  });

  it.each([
    ['fr', 'invoice', 'BE', 'Facture'],
    ['nl', 'invoice', 'BE', 'Factuur'],
    ['en', 'invoice', 'BE', 'Invoice'],
    ['de', 'invoice', 'BE', 'Rechnung'],
    ['fr', 'credit_note', 'BE', 'Note de crédit'],
    ['fr', 'credit_note', 'FR', 'Avoir'],
    ['nl', 'credit_note', 'BE', 'Creditnota'],
    ['en', 'credit_note', 'BE', 'Credit note'],
    ['de', 'credit_note', 'BE', 'Gutschrift'],
    ['fr', 'quote', 'BE', 'Offre'],
    ['fr', 'quote', 'FR', 'Devis'],
    ['nl', 'quote', 'BE', 'Offerte'],
    ['en', 'quote', 'BE', 'Quote'],
    ['de', 'quote', 'BE', 'Angebot'],
    ['fr', 'order', 'BE', 'Bon de commande'],
    ['nl', 'order', 'BE', 'Bestelbon'],
    ['en', 'reminder', 'BE', 'Payment reminder'],
    ['de', 'reminder', 'BE', 'Zahlungserinnerung'],
  ] as const)('titles a %s %s of a %s seller "%s"', async (language, kind, country, title) => {
    const base = sampleDocument({ lines: 2, language, kind, french: country === 'FR' });
    const text = (await pdfPages(renderDocumentPdfSync(base)))[0]!;
    expect(text.split('\n').map((l) => l.trim())).toContain(title);
  });

  it.each<PdfRenderOptions['template']>(['classic', 'modern'])(
    'prints a reminder: its heading, the letter, the open invoice and the amount due in the QR code (%s)',
    async (template) => {
      const input = sampleReminder();
      const pdf = renderDocumentPdfSync(input, { template });
      const pages = await pdfPages(pdf);
      expect(pages).toHaveLength(1);
      const text = pages[0]!;
      expect(text).toContain('Deuxième rappel');
      expect(text).toContain('reste impayée');
      expect(text).toContain('RETARD');
      expect(text).toMatch(/F-2026-00042[\s\S]*12 janvier 2026[\s\S]*11 février 2026[\s\S]*19 jours/);
      expect(text).toContain('Reste à payer');
      expect(text).toMatch(/1\s210,00\s€/u);
      // The invoice's lines and VAT breakdown give way to the open-invoices table.
      expect(text).not.toContain('Récapitulatif TVA'.toUpperCase());
      expect(text).not.toContain('DESCRIPTION');
      const code = await qrCode(pdf, 1);
      expect(code!.split('\n')[7]).toBe('EUR1210.00');
      expect(renderDocumentPdfSync(input, { template }).equals(pdf)).toBe(true);
    },
  );

  it('prints a reminder fee above the amount to pay, and none when it is zero', async () => {
    const base = sampleReminder();
    const open = base.openInvoices!;
    const withFee = (
      await pdfPages(
        renderDocumentPdfSync({ ...base, openInvoices: { ...open, fee: '7.50', total: '1217.50' } }),
      )
    )[0]!;
    expect(withFee).toContain('Frais de rappel');
    expect(withFee).toMatch(/7,50\s€/u);
    expect(withFee).toMatch(/1\s217,50\s€/u);
    const english = (await pdfPages(renderDocumentPdfSync(sampleReminder({ language: 'en' }))))[0]!;
    expect(english).not.toContain('Reminder fee');
    expect(english).toContain('Second reminder');
    expect(english).toContain('19 days');
  });

  it.each([
    ['fr', 'BROUILLON'],
    ['nl', 'CONCEPT'],
    ['en', 'DRAFT'],
    ['de', 'ENTWURF'],
  ] as const)('marks a draft (no number) %s with "%s" on every page', async (language, mark) => {
    const input = sampleDocument({ lines: 60, language, draft: true });
    const pages = await pdfPages(renderDocumentPdfSync(input, { template: 'modern' }));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain(mark);
  });

  it('prints a Dutch reverse-charge invoice with its mention and Dutch dates', async () => {
    const input = sampleDocument({ lines: 4, language: 'nl', reverseCharge: true });
    const text = (await pdfPages(renderDocumentPdfSync(input))).join('\n');
    expect(text).toContain('Verlegging van heffing');
    expect(text).toContain('12 januari 2026');
    expect(text).toContain('Gestructureerde mededeling');
    expect(text).toContain('Ondernemingsnummer');
  });

  it('prints a French invoice with SIREN, HT/TTC and the late-payment clause', async () => {
    const input = {
      ...sampleDocument({ lines: 4, french: true }),
      legalMentions: legalMentions({ sellerCountry: 'FR', kind: 'invoice', language: 'fr' }),
    };
    const text = (await pdfPages(renderDocumentPdfSync(input))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('SIREN 303 265 045');
    expect(text).toContain('Total HT');
    expect(text).toContain('Total TTC');
    expect(text).toContain('art. L441-10 du Code de commerce');
    expect(text).toContain('40 €');
  });

  it('embeds a JPEG logo as well as a PNG one', async () => {
    const jpeg = await pageJpeg(renderDocumentPdfSync(onePage()), 1, 12);
    const pdf = renderDocumentPdfSync(onePage({ logo: { data: jpeg, mime: 'image/jpeg' } }));
    expect(pdf.includes('/DCTDecode')).toBe(true);
    expect(await pdfPages(pdf)).toHaveLength(1);
  });

  it('keeps long names and amounts inside their boxes', async () => {
    const input = onePage({
      buyer: {
        name: 'Société Coopérative Intercommunale de Développement Économique et Touristique du Brabant wallon',
        addressLines: ['Avenue des Arts 1', '1210 Saint-Josse-ten-Noode'],
        country: 'BE',
      },
      lines: [
        {
          description: 'x'.repeat(300),
          quantity: '999999.999',
          unit: 'kilogrammes',
          unitPrice: '99999999.9999',
          vatRate: '21',
          net: '99999999999.99',
        },
      ],
    });
    const text = (await pdfPages(renderDocumentPdfSync(input))).join('\n');
    expect(text).toContain('Intercommunale');
    expect(text).toMatch(/99\s999\s999\s999,99\s€/u);
  });
});

describe('legalMentions', () => {
  it.each([
    [{ sellerCountry: 'BE', kind: 'invoice', language: 'fr' }, ['loi du 2 août 2002', '40 €']],
    [{ sellerCountry: 'BE', kind: 'invoice', language: 'nl' }, ['wet van 2 augustus 2002', '40 €']],
    [
      { sellerCountry: 'FR', kind: 'invoice', language: 'fr' },
      ['trois fois le taux d’intérêt légal', 'L441-10', '40 €'],
    ],
    [{ sellerCountry: 'FR', kind: 'reminder', language: 'en' }, ['€40']],
    [
      { sellerCountry: 'BE', kind: 'invoice', language: 'fr', reverseCharge: true, buyerCountry: 'BE' },
      ['art. 51, § 2'],
    ],
    [
      { sellerCountry: 'BE', kind: 'invoice', language: 'de', reverseCharge: true, buyerCountry: 'DE' },
      ['Art. 196'],
    ],
    [{ sellerCountry: 'FR', kind: 'quote', language: 'fr', franchise: true }, ['art. 293 B du CGI']],
    [{ sellerCountry: 'BE', kind: 'quote', language: 'nl', franchise: true }, ['art. 56bis WBTW']],
    [
      { sellerCountry: 'BE', kind: 'credit_note', language: 'fr', vatCharged: true },
      ['TVA à reverser à l’État dans la mesure où elle a été initialement déduite.'],
    ],
    [
      { sellerCountry: 'BE', kind: 'credit_note', language: 'nl', vatCharged: true },
      ['Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.'],
    ],
  ] as const)('gives the standard mentions for %o', (context, expected) => {
    const text = legalMentions(context).join(' ');
    for (const piece of expected) expect(text).toContain(piece);
  });

  it.each([
    [{ sellerCountry: 'BE', kind: 'invoice', language: 'fr', buyerIsBusiness: false }],
    [{ sellerCountry: 'BE', kind: 'credit_note', language: 'fr' }],
    // No VAT given back (exempt, reverse charge, franchise): nothing for the customer to repay.
    [{ sellerCountry: 'BE', kind: 'credit_note', language: 'fr', vatCharged: false }],
    [{ sellerCountry: 'BE', kind: 'invoice', language: 'fr', vatCharged: true, buyerIsBusiness: false }],
    [{ sellerCountry: 'FR', kind: 'credit_note', language: 'fr', vatCharged: true }],
    [{ sellerCountry: 'FR', kind: 'quote', language: 'fr' }],
    [{ sellerCountry: 'DE', kind: 'invoice', language: 'de' }],
  ] as const)('gives none for %o', (context) => {
    expect(legalMentions(context)).toEqual([]);
  });
});
