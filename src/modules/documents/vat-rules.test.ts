import { describe, expect, it } from 'vitest';
import type { VatCategory } from './document-totals.js';
import { checkVatRules, defaultExemption, type VatRuleDocument, type VatRuleLine } from './vat-rules.js';

const line = (
  vatCategory: VatCategory,
  vatRate: string,
  exemptionReason: string | null = null,
): VatRuleLine => ({
  vatCategory,
  vatRate,
  exemptionReason,
});

/** A Belgian VAT-registered seller invoicing a Dutch business customer. */
const doc = (lines: VatRuleLine[], extra: Partial<VatRuleDocument> = {}): VatRuleDocument => ({
  sellerCountry: 'BE',
  sellerVatNumber: 'BE0477472701',
  buyerCountry: 'NL',
  buyerVatNumber: 'NL004495445B01',
  vatRegime: 'standard',
  lines,
  ...extra,
});

/** Issues as "path code" strings: compact and exact. */
const issues = (d: VatRuleDocument) => checkVatRules(d).map((i) => `${i.path} ${i.code}`);

describe('checkVatRules', () => {
  it.each<[string, VatRuleDocument, string[]]>([
    ['a standard-rated invoice', doc([line('S', '21'), line('S', '6')]), []],
    ['a B2C invoice without buyer VAT number', doc([line('S', '21')], { buyerVatNumber: null }), []],
    // BR-S-05
    ['S at 0 %', doc([line('S', '0')]), ['lines/0/vatRate vat_rate_not_allowed']],
    ['S at a negative rate', doc([line('S', '-21')]), ['lines/0/vatRate vat_rate_not_allowed']],
    ['a rate that is not a number', doc([line('S', 'abc')]), ['lines/0/vatRate vat_rate_not_allowed']],
    // BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05, BR-G-05, BR-O-05
    ...(['Z', 'E', 'AE', 'K', 'G', 'O'] as const).map((c): [string, VatRuleDocument, string[]] => [
      `${c} at 21 %`,
      doc([line(c, '21', c === 'E' ? 'Art. 44 Code TVA' : null)]),
      ['lines/0/vatRate vat_rate_not_allowed'],
    ]),
    ['Z at "0.00"', doc([line('Z', '0.00')]), []],
    // Reverse charge: BR-AE-02 needs the buyer's VAT number.
    ['reverse charge with the buyer VAT number', doc([line('AE', '0')]), []],
    [
      'reverse charge without the buyer VAT number',
      doc([line('AE', '0')], { buyerVatNumber: '  ' }),
      ['buyer/vatNumber buyer_vat_required'],
    ],
    ['domestic reverse charge (BE construction)', doc([line('AE', '0')], { buyerCountry: 'BE' }), []],
    // Intra-Community supply: BR-IC-02 and art. 138 of the Directive.
    ['an intra-Community supply BE → NL', doc([line('K', '0')]), []],
    [
      'an intra-Community supply without the buyer VAT number',
      doc([line('K', '0')], { buyerVatNumber: null }),
      ['buyer/vatNumber buyer_vat_required'],
    ],
    [
      'an intra-Community supply inside Belgium',
      doc([line('K', '0')], { buyerCountry: 'be' }),
      ['lines/0/vatCategory vat_category_not_allowed'],
    ],
    [
      'an intra-Community supply to Switzerland',
      doc([line('K', '0')], { buyerCountry: 'CH' }),
      ['lines/0/vatCategory vat_category_not_allowed'],
    ],
    [
      'an intra-Community supply from outside the EU',
      doc([line('K', '0')], { sellerCountry: 'GB', sellerVatNumber: 'GB123456789' }),
      ['lines/0/vatCategory vat_category_not_allowed'],
    ],
    ['an intra-Community supply to Greece (EL)', doc([line('K', '0')], { buyerCountry: 'EL' }), []],
    [
      'an intra-Community supply to an unknown country',
      doc([line('K', '0')], { buyerCountry: null }),
      ['buyer/country buyer_country_required'],
    ],
    // BR-IC-02 and BR-G-02 want the seller VAT number itself, not a tax registration id.
    [
      'an intra-Community supply without the seller VAT number',
      doc([line('K', '0')], { sellerVatNumber: null, sellerTaxRegistrationId: '123456789' }),
      ['seller/vatNumber seller_vat_required'],
    ],
    [
      'an export without the seller VAT number',
      doc([line('G', '0')], { sellerVatNumber: null, buyerCountry: 'US', buyerVatNumber: null }),
      ['seller/vatNumber seller_vat_required'],
    ],
    ['an export to the US', doc([line('G', '0')], { buyerCountry: 'US', buyerVatNumber: null }), []],
    // BR-S-02 accepts a tax registration identifier (BT-32) instead.
    [
      'S with a tax registration id but no VAT number',
      doc([line('S', '20')], { sellerVatNumber: null, sellerTaxRegistrationId: 'FR-TAX-1' }),
      [],
    ],
    [
      'S without any seller id',
      doc([line('S', '21')], { sellerVatNumber: null }),
      ['seller/vatNumber seller_vat_required'],
    ],
    // Exemption reasons: BR-E-10 (E needs one), BR-S-10 / BR-Z-10 (S and Z cannot have one).
    ['E with its legal basis', doc([line('E', '0', 'Art. 44, § 2, Code TVA')]), []],
    ['E without a reason', doc([line('E', '0')]), ['lines/0/exemptionReason exemption_reason_required']],
    [
      'E with a blank reason',
      doc([line('E', '0', '  ')]),
      ['lines/0/exemptionReason exemption_reason_required'],
    ],
    [
      'S with a reason',
      doc([line('S', '21', 'Exempt')]),
      ['lines/0/exemptionReason exemption_reason_not_allowed'],
    ],
    [
      'Z with a reason',
      doc([line('Z', '0', 'Exempt')]),
      ['lines/0/exemptionReason exemption_reason_not_allowed'],
    ],
    [
      'two E lines with different reasons (one breakdown, one reason)',
      doc([
        line('E', '0', 'Art. 44, § 2, 1°'),
        line('E', '0', 'Art. 44, § 2, 1°'),
        line('E', '0', 'Art. 44, § 3'),
      ]),
      ['lines/2/exemptionReason exemption_reason_conflict'],
    ],
    ['AE, K and G fall back on their standard mention', doc([line('AE', '0'), line('K', '0')]), []],
    // Not subject to VAT: BR-O-11..14.
    ['only O lines', doc([line('O', '0'), line('O', '0')], { buyerVatNumber: null }), []],
    [
      'an O line among S lines',
      doc([line('S', '21'), line('O', '0'), line('S', '6')]),
      ['lines/1/vatCategory mixed_vat_regime'],
    ],
    [
      'an S line among O lines',
      doc([line('O', '0'), line('S', '21'), line('O', '0')]),
      ['lines/1/vatCategory mixed_vat_regime'],
    ],
    // IGIC / IPSI: rate 0 or more (BR-AF-05), Spain only.
    [
      'IGIC in the Canary Islands',
      doc([line('L', '7'), line('L', '0')], { sellerCountry: 'ES', sellerVatNumber: 'ESX' }),
      [],
    ],
    ['IPSI in Belgium', doc([line('M', '4')]), ['lines/0/vatCategory vat_category_not_allowed']],
    [
      'IGIC at a negative rate',
      doc([line('L', '-1')], { sellerCountry: 'ES' }),
      ['lines/0/vatRate vat_rate_not_allowed'],
    ],
    // Small-business franchise scheme: no VAT, every line E at 0.
    ['franchise: exempt lines', doc([line('E', '0'), line('E', '0')], { vatRegime: 'franchise' }), []],
    [
      'franchise: a line charging VAT',
      doc([line('E', '0'), line('S', '21')], { vatRegime: 'franchise' }),
      ['lines/1/vatCategory vat_category_not_allowed'],
    ],
    [
      'franchise: E at 21 %',
      doc([line('E', '21')], { vatRegime: 'franchise' }),
      ['lines/0/vatRate vat_rate_not_allowed'],
    ],
    [
      'franchise: zero-rated and intra-Community lines',
      doc([line('Z', '0'), line('K', '0')], { vatRegime: 'franchise' }),
      ['lines/0/vatCategory vat_category_not_allowed', 'lines/1/vatCategory vat_category_not_allowed'],
    ],
    // A franchise business selling services to a business abroad: the customer reverse-charges (art. 196).
    [
      'franchise: reverse charge to a customer abroad',
      doc([line('AE', '0')], { vatRegime: 'franchise' }),
      [],
    ],
    [
      'franchise: reverse charge at home',
      doc([line('AE', '0')], { vatRegime: 'franchise', buyerCountry: 'BE' }),
      ['lines/0/vatCategory vat_category_not_allowed'],
    ],
    [
      'franchise in France without a VAT number: needs a tax registration id (BR-E-02)',
      doc([line('E', '0')], { vatRegime: 'franchise', sellerCountry: 'FR', sellerVatNumber: null }),
      ['seller/vatNumber seller_vat_required'],
    ],
    [
      'an unknown category',
      doc([line('X' as VatCategory, '0')]),
      ['lines/0/vatCategory vat_category_not_allowed'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(issues(input)).toEqual(expected);
  });

  it('says what is wrong in English, citing the rule', () => {
    expect(checkVatRules(doc([line('AE', '0')], { buyerVatNumber: null }))).toEqual([
      {
        path: 'buyer/vatNumber',
        code: 'buyer_vat_required',
        message: 'Reverse charge (AE) needs the buyer’s VAT number (BR-AE-02)',
      },
    ]);
    expect(checkVatRules(doc([line('K', '5')]))[0]?.message).toContain('BR-IC-05');
  });
});

describe('defaultExemption', () => {
  const standard = { regime: 'standard' as const, sellerCountry: 'BE' };

  it.each<[VatCategory, Parameters<typeof defaultExemption>[1], string | null, string, string]>([
    // [category, context, VATEX code, fr contains, nl contains]
    ['AE', { ...standard, buyerCountry: 'BE' }, 'VATEX-EU-AE', 'Autoliquidation', 'art. 51, § 2, WBTW'],
    [
      'AE',
      { ...standard, buyerCountry: 'FR' },
      'VATEX-EU-AE',
      'art. 196 de la directive 2006/112/CE',
      'Verlegging van heffing',
    ],
    ['AE', standard, 'VATEX-EU-AE', 'Autoliquidation', 'Verlegging van heffing'],
    ['K', standard, 'VATEX-EU-IC', 'art. 39bis', 'art. 39bis'],
    ['K', { ...standard, sellerCountry: 'FR' }, 'VATEX-EU-IC', 'article 262 ter I du CGI', '262 ter I'],
    ['K', { ...standard, sellerCountry: 'NL' }, 'VATEX-EU-IC', 'art. 138 de la directive', 'art. 138'],
    ['G', standard, 'VATEX-EU-G', 'art. 39, § 1er, du Code de la TVA', 'Vrijgestelde uitvoer'],
    ['G', { ...standard, sellerCountry: 'FR' }, 'VATEX-EU-G', 'article 262 I du CGI', '262 I'],
    ['O', standard, 'VATEX-EU-O', 'Hors champ d’application de la TVA', 'Buiten het toepassingsgebied'],
    [
      'E',
      { regime: 'franchise', sellerCountry: 'BE' },
      null,
      'Régime particulier de franchise des petites entreprises, art. 56bis du Code de la TVA',
      'art. 56bis WBTW',
    ],
    [
      'E',
      { regime: 'franchise', sellerCountry: 'fr' },
      'VATEX-FR-FRANCHISE',
      'TVA non applicable, art. 293 B du CGI',
      '293 B',
    ],
    ['E', { regime: 'franchise', sellerCountry: 'DE' }, null, '§ 19 UStG', '§ 19 UStG'],
    ['E', { regime: 'franchise', sellerCountry: 'LU' }, null, 'art. 284 de la directive', 'art. 284'],
  ])('%s for %j → %s', (category, context, code, fr, nl) => {
    const mention = defaultExemption(category, context);
    expect(mention?.code).toBe(code);
    expect(mention?.text.fr).toContain(fr);
    expect(mention?.text.nl).toContain(nl);
    expect(mention?.text.en).toBeTruthy();
    expect(mention?.text.de).toBeTruthy();
  });

  it('words the reverse charge in each language', () => {
    expect(defaultExemption('AE', standard)?.text).toEqual({
      fr: 'Autoliquidation',
      nl: 'Verlegging van heffing',
      en: 'Reverse charge',
      de: 'Steuerschuldnerschaft des Leistungsempfängers',
    });
    const be = defaultExemption('AE', { ...standard, buyerCountry: 'BE' })?.text;
    expect(be?.fr).toBe('Autoliquidation (TVA due par le cocontractant, art. 51, § 2, du Code de la TVA)');
    expect(be?.en).toMatch(/^Reverse charge \(.*art\. 51 § 2/);
    expect(be?.de).toMatch(/^Steuerschuldnerschaft des Leistungsempfängers \(/);
    expect(defaultExemption('E', { regime: 'franchise', sellerCountry: 'FR' })?.text.fr).toBe(
      'TVA non applicable, art. 293 B du CGI',
    );
  });

  it.each<[VatCategory, 'standard' | 'franchise']>([
    ['S', 'standard'],
    ['Z', 'standard'],
    ['L', 'standard'],
    ['M', 'standard'],
    // An exempt line outside the franchise scheme needs the user's own legal basis.
    ['E', 'standard'],
  ])('has no default for %s (%s regime)', (category, regime) => {
    expect(defaultExemption(category, { regime, sellerCountry: 'BE' })).toBeNull();
  });
});
