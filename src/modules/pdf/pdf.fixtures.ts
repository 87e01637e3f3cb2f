import { PNG } from 'pngjs';
import { dec, moneyString } from '../../shared/money.js';
import type { PdfDocumentInput, PdfLanguage, PdfLine, PdfVatBreakdown } from './pdf.types.js';

/*
 * Sample documents for the renderer's tests, its benchmark and looking at the templates. Amounts are
 * computed like the documents module does: line nets rounded to cents, VAT per rate on the sum of nets.
 */

/**
 * A 240×72 PNG: a rounded square mark and a bar, like a small company's logo, drawn with transparency
 * and stored as an uploaded logo is (8-bit RGB on white, companies/logo-image.ts).
 */
export function sampleLogo(color: [number, number, number] = [31, 78, 121]): Buffer {
  const png = new PNG({ width: 240, height: 72 });
  for (let y = 0; y < 72; y++) {
    for (let x = 0; x < 240; x++) {
      const i = (y * 240 + x) * 4;
      const inMark =
        x >= 4 &&
        x < 68 &&
        y >= 4 &&
        y < 68 &&
        Math.hypot(Math.max(0, Math.abs(x - 36) - 20), Math.max(0, Math.abs(y - 36) - 20)) < 12;
      const inBar = x >= 84 && x < 236 && ((y >= 18 && y < 34) || (y >= 42 && y < 52 && x < 190));
      const on = inMark || inBar;
      png.data[i] = color[0];
      png.data[i + 1] = color[1];
      png.data[i + 2] = color[2];
      png.data[i + 3] = on ? (inBar && y >= 42 ? 140 : 255) : 0;
    }
  }
  return PNG.sync.write(png, {
    colorType: 2,
    inputHasAlpha: true,
    bgColor: { red: 255, green: 255, blue: 255 },
  });
}

const DESCRIPTIONS = [
  'Développement : facturation récurrente',
  'Atelier de cadrage\nPréparation, animation et compte rendu (2 demi-journées)',
  'Licence « Suite Pro », 5 utilisateurs',
  'Hébergement et maintenance (janvier)',
  'Formation à Liège & Düsseldorf',
  'Frais de déplacement',
  'Conception graphique : logo et charte',
  'Support prioritaire',
  'Traduction FR → NL, 2 400 mots',
  'Intégration Peppol',
];

const SHORT = [
  'Développement',
  'Atelier de cadrage',
  'Licence « Suite Pro »',
  'Hébergement (janvier)',
  'Formation à Liège',
  'Frais de déplacement',
  'Conception graphique',
  'Support prioritaire',
  'Traduction FR → NL',
  'Intégration Peppol',
];

const UNITS: Record<PdfLanguage, string[]> = {
  fr: ['h', 'jour', 'pièce', 'mois'],
  nl: ['u', 'dag', 'stuk', 'maand'],
  en: ['h', 'day', 'piece', 'month'],
  de: ['Std.', 'Tag', 'Stück', 'Monat'],
};

export interface SampleOptions {
  lines?: number;
  language?: PdfLanguage;
  kind?: PdfDocumentInput['kind'];
  draft?: boolean;
  /** Every line reverse-charged (category AE, 0 %) with the mention in the VAT breakdown. */
  reverseCharge?: boolean;
  /** A French seller (SIREN, HT/TTC, late-payment clause). */
  french?: boolean;
  logo?: boolean;
  accentColor?: string;
}

export function sampleLines(count: number, language: PdfLanguage = 'fr', vatRate = '21'): PdfLine[] {
  const lines: PdfLine[] = [];
  for (let i = 0; i < count; i++) {
    const quantity = ['1', '2.5', '12', '0.75', '3'][i % 5]!;
    const unitPrice = ['850.00', '95.00', '1249.99', '12.5', '64.9'][(i % 7) % 5]!;
    const discountPercent = i % 6 === 4 ? '10' : null;
    const gross = dec(quantity).times(unitPrice);
    const net = discountPercent ? gross.times(dec('100').minus(discountPercent)).dividedBy('100') : gross;
    lines.push({
      // Long documents number their lines and keep to one line each, like a detailed statement.
      description:
        count > 20 ? `${SHORT[i % SHORT.length]} (${i + 1})` : DESCRIPTIONS[i % DESCRIPTIONS.length]!,
      quantity,
      unit: UNITS[language][i % 4] ?? null,
      unitPrice,
      discountPercent,
      vatRate: i % 9 === 5 ? '6' : vatRate,
      net: moneyString(net),
    });
  }
  return lines;
}

export function sampleDocument(options: SampleOptions = {}): PdfDocumentInput {
  const language = options.language ?? 'fr';
  const french = options.french ?? false;
  const reverseCharge = options.reverseCharge ?? false;
  const lines = sampleLines(options.lines ?? 10, language, reverseCharge ? '0' : french ? '20' : '21').map(
    (l) =>
      reverseCharge ? { ...l, vatRate: '0' } : french && l.vatRate === '6' ? { ...l, vatRate: '5.5' } : l,
  );
  const byRate = new Map<string, string>();
  for (const line of lines) {
    const rate = line.vatRate ?? '0';
    byRate.set(
      rate,
      dec(byRate.get(rate) ?? '0')
        .plus(line.net)
        .toFixed(2),
    );
  }
  const vat: PdfVatBreakdown[] = [...byRate.entries()]
    .sort(([a], [b]) => dec(b).comparedTo(dec(a)))
    .map(([rate, taxable]) => ({
      category: reverseCharge ? 'AE' : 'S',
      rate,
      taxable,
      vat: moneyString(dec(taxable).times(rate).dividedBy('100')),
      exemption: reverseCharge
        ? {
            fr: 'Autoliquidation (TVA due par le cocontractant, art. 51, § 2, du Code de la TVA)',
            nl: 'Verlegging van heffing (btw verschuldigd door de medecontractant, art. 51, § 2, WBTW)',
            en: 'Reverse charge (VAT due by the customer, art. 51 § 2 of the Belgian VAT Code)',
            de: 'Steuerschuldnerschaft des Leistungsempfängers (Art. 51 § 2 des belgischen MwSt.-Gesetzbuches)',
          }[language]
        : null,
    }));
  const net = lines.reduce((s, l) => s.plus(l.net), dec('0'));
  const vatTotal = vat.reduce((s, v) => s.plus(v.vat), dec('0'));
  const total = moneyString(net.plus(vatTotal));
  const draft = options.draft ?? false;
  const kind = options.kind ?? 'invoice';
  return {
    kind,
    language,
    number: draft ? null : french ? 'FA-2026-00042' : 'F-2026-00042',
    issueDate: '2026-01-12',
    dueDate: kind === 'invoice' ? '2026-02-11' : null,
    deliveryDate: kind === 'invoice' ? '2026-01-09' : null,
    validUntil: kind === 'quote' ? '2026-02-11' : null,
    currency: 'EUR',
    seller: french
      ? {
          name: 'Atelier Lumière',
          legalName: 'Atelier Lumière SAS',
          addressLines: ['12 rue de l’Éperon', '75006 Paris'],
          country: 'FR',
          vatNumber: 'FR40303265045',
          enterpriseNumber: '303 265 045',
          email: 'compta@atelier-lumiere.fr',
          phone: '+33 1 23 45 67 89',
          iban: 'FR14 2004 1010 0505 0001 3M02 606',
          bic: 'PSSTFRPPPAR',
        }
      : {
          name: 'Dupont & Fils',
          legalName: 'Dupont & Fils SRL',
          addressLines: ['Rue de la Loi 16', '1000 Bruxelles'],
          country: 'BE',
          vatNumber: 'BE0477.472.701',
          enterpriseNumber: '0477.472.701',
          email: 'facturation@dupont-fils.be',
          phone: '+32 2 555 12 34',
          website: 'dupont-fils.be',
          iban: 'BE68 5390 0754 7034',
          bic: 'GKCCBEBB',
        },
    buyer: {
      name: 'Brasserie Łukasz & Söhne',
      legalName: 'Brasserie Łukasz & Söhne BV',
      addressLines: ['Korenmarkt 5', '9000 Gent'],
      country: 'BE',
      vatNumber: 'BE0403.170.701',
      enterpriseNumber: '0403.170.701',
      email: 'boekhouding@lukasz.be',
    },
    logo: options.logo === false ? null : { data: sampleLogo(), mime: 'image/png' },
    accentColor: options.accentColor ?? '#1F4E79',
    subject: 'Accompagnement du projet « Facturation 2026 » – phase 1',
    buyerReference: 'PO-7781',
    lines,
    vat,
    totals: {
      linesNet: moneyString(net),
      taxExclusive: moneyString(net),
      vat: moneyString(vatTotal),
      taxInclusive: total,
      due: total,
    },
    notes: 'Merci pour votre confiance. Les prestations ont été réalisées à Bruxelles et à Düsseldorf.',
    paymentTerms: 'Paiement à 30 jours date de facture.',
    legalMentions: [],
    payment: {
      amount: total,
      dueDate: '2026-02-11',
      beneficiary: french ? 'Atelier Lumière SAS' : 'Dupont & Fils SRL',
      iban: french ? 'FR1420041010050500013M02606' : 'BE68539007547034',
      bic: french ? 'PSSTFRPPPAR' : 'GKCCBEBB',
      reference: french ? 'RF18 5390 0754 7034' : '+++123/4567/89002+++',
    },
  };
}

/** A second reminder for one partly credited invoice, the way the reminders module maps one. */
export function sampleReminder(options: SampleOptions = {}): PdfDocumentInput {
  const invoice = sampleDocument({ ...options, kind: 'invoice' });
  const due = '1210.00';
  return {
    ...invoice,
    kind: 'reminder',
    title: options.language === 'en' ? 'Second reminder' : 'Deuxième rappel',
    issueDate: '2026-03-02',
    dueDate: '2026-03-16',
    deliveryDate: null,
    subject: null,
    intro:
      'Sauf erreur de notre part, la facture F-2026-00042 du 12 janvier 2026, échue le 11 février 2026, reste impayée (19 jours de retard).\n\nNous vous prions de régler le solde de 1 210,00 € au plus tard le 16 mars 2026.',
    openInvoices: {
      invoices: [
        {
          number: invoice.number ?? 'F-2026-00042',
          issueDate: invoice.issueDate,
          dueDate: '2026-02-11',
          daysLate: 19,
          total: invoice.totals.taxInclusive,
          due,
        },
      ],
      fee: null,
      total: due,
    },
    lines: [],
    vat: [],
    totals: { linesNet: due, taxExclusive: due, vat: '0.00', taxInclusive: due, due },
    notes: null,
    paymentTerms: null,
    payment: invoice.payment ? { ...invoice.payment, amount: due, dueDate: '2026-03-16' } : null,
  };
}
