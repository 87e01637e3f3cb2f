import { describe, expect, it } from 'vitest';
import { Decimal, dec, roundMoney } from '../../shared/money.js';
import {
  computeTotals,
  type TotalsInput,
  type TotalsLineInput,
  type VatCategory,
} from './document-totals.js';

const line = (
  quantity: string,
  unitPrice: string,
  vatRate = '21',
  vatCategory: VatCategory = 'S',
  discountPercent: string | null = null,
): TotalsLineInput => ({ quantity, unitPrice, vatRate, vatCategory, discountPercent });

const doc = (lines: TotalsLineInput[], extra: Partial<TotalsInput> = {}): TotalsInput => ({
  currency: 'EUR',
  pricesIncludeVat: false,
  lines,
  ...extra,
});

/** The summary a test compares: document totals and breakdown rows as compact tuples. */
const summary = (input: TotalsInput) => {
  const t = computeTotals(input);
  return {
    nets: t.lines.map((l) => l.net),
    lineNetTotal: t.lineNetTotal,
    allowanceTotal: t.allowanceTotal,
    taxExclusive: t.taxExclusive,
    vatTotal: t.vatTotal,
    taxInclusive: t.taxInclusive,
    payable: t.payable,
    vat: t.vat.map((v) => [
      v.category,
      v.rate,
      v.lineNetTotal,
      v.allowanceAmount,
      v.taxableAmount,
      v.vatAmount,
    ]),
  };
};

describe('computeTotals, prices excluding VAT', () => {
  it.each([
    {
      name: 'rounds half a cent away from zero: 1 × 0.005 → 0.01',
      // net round(0.005) = 0.01; VAT round(0.01 × 21 %) = round(0.0021) = 0.00.
      lines: [line('1', '0.005')],
      nets: ['0.01'],
      vat: [['S', '21', '0.01', '0.00', '0.01', '0.00']],
      inclusive: '0.01',
    },
    {
      name: 'rounds a negative half cent away from zero: -1 × 0.005 → -0.01',
      lines: [line('-1', '0.005')],
      nets: ['-0.01'],
      vat: [['S', '21', '-0.01', '0.00', '-0.01', '0.00']],
      inclusive: '-0.01',
    },
    {
      name: 'computes VAT on the group sum, not per line (BR-CO-17)',
      // Per line: 2.50 × 21 % = 0.525 → 0.53, twice = 1.06. Per group: 5.00 × 21 % = 1.05.
      lines: [line('1', '2.50'), line('1', '2.50')],
      nets: ['2.50', '2.50'],
      vat: [['S', '21', '5.00', '0.00', '5.00', '1.05']],
      inclusive: '6.05',
    },
    {
      name: 'computes VAT on the group sum at 6 % too',
      // Per line: 0.10 × 6 % = 0.006 → 0.01, three times = 0.03. Per group: 0.30 × 6 % = 0.018 → 0.02.
      lines: [line('1', '0.10', '6'), line('1', '0.10', '6'), line('1', '0.10', '6')],
      nets: ['0.10', '0.10', '0.10'],
      vat: [['S', '6', '0.30', '0.00', '0.30', '0.02']],
      inclusive: '0.32',
    },
    {
      name: 'groups three Belgian rates, 21 % first',
      // 21 %: 2 × 100.00 + 1 × 0.99 = 200.99 → VAT 42.2079 → 42.21
      // 12 %: 3 × 33.33 = 99.99 → VAT 11.9988 → 12.00
      //  6 %: 1 × 19.99 → VAT 1.1994 → 1.20
      // BT-109 = 320.97, BT-110 = 55.41, BT-112 = 376.38
      lines: [line('1', '19.99', '6'), line('2', '100'), line('3', '33.33', '12'), line('1', '0.99')],
      nets: ['19.99', '200.00', '99.99', '0.99'],
      vat: [
        ['S', '21', '200.99', '0.00', '200.99', '42.21'],
        ['S', '12', '99.99', '0.00', '99.99', '12.00'],
        ['S', '6', '19.99', '0.00', '19.99', '1.20'],
      ],
      inclusive: '376.38',
    },
    {
      name: 'keeps a 100 % discounted line at zero',
      // 2 × 50.00 at −100 % = 0.00; 10.00 × 21 % = 2.10.
      lines: [line('2', '50', '21', 'S', '100'), line('1', '10')],
      nets: ['0.00', '10.00'],
      vat: [['S', '21', '10.00', '0.00', '10.00', '2.10']],
      inclusive: '12.10',
    },
    {
      name: 'deducts a deposit with a negative line',
      // 1000.00 − 300.00 = 700.00; VAT 147.00.
      lines: [line('1', '1000'), line('1', '-300')],
      nets: ['1000.00', '-300.00'],
      vat: [['S', '21', '700.00', '0.00', '700.00', '147.00']],
      inclusive: '847.00',
    },
    {
      name: 'rounds a negative quantity away from zero',
      // -1.5 × 10.01 = -15.015 → -15.02; VAT -15.02 × 21 % = -3.1542 → -3.15.
      lines: [line('-1.5', '10.01')],
      nets: ['-15.02'],
      vat: [['S', '21', '-15.02', '0.00', '-15.02', '-3.15']],
      inclusive: '-18.17',
    },
    {
      name: 'multiplies a quantity with 3 decimals exactly',
      // 2.345 × 3.99 = 9.35655 → 9.36; VAT 9.36 × 6 % = 0.5616 → 0.56.
      // 0.333 × 3.00 = 0.999 → 1.00; VAT 0.06.   Group 6 %: 10.36 → 0.6216 → 0.62.
      lines: [line('2.345', '3.99', '6'), line('0.333', '3', '6')],
      nets: ['9.36', '1.00'],
      vat: [['S', '6', '10.36', '0.00', '10.36', '0.62']],
      inclusive: '10.98',
    },
    {
      name: 'multiplies a unit price with 4 decimals exactly',
      // 1000 × 0.0125 = 12.50; 7 × 1.2345 = 8.6415 → 8.64; 3 × 0.3333 = 0.9999 → 1.00.
      // Group: 22.14 × 21 % = 4.6494 → 4.65.
      lines: [line('1000', '0.0125'), line('7', '1.2345'), line('3', '0.3333')],
      nets: ['12.50', '8.64', '1.00'],
      vat: [['S', '21', '22.14', '0.00', '22.14', '4.65']],
      inclusive: '26.79',
    },
    {
      name: 'rounds the discounted line once, from the exact product',
      // 7 × 1.2345 × (1 − 12.5 %) = 8.6415 × 0.875 = 7.5613125 → 7.56 (gross 8.64, discount 1.08).
      lines: [line('7', '1.2345', '21', 'S', '12.5')],
      nets: ['7.56'],
      vat: [['S', '21', '7.56', '0.00', '7.56', '1.59']],
      // 7.56 × 21 % = 1.5876 → 1.59
      inclusive: '9.15',
    },
    ...(['AE', 'K', 'E', 'G', 'O', 'Z'] as const).map((category) => ({
      name: `charges no VAT in category ${category}`,
      // 10 × 150.00 = 1500.00, rate 0.
      lines: [line('10', '150', '0', category)],
      nets: ['1500.00'],
      vat: [[category, '0', '1500.00', '0.00', '1500.00', '0.00']],
      inclusive: '1500.00',
    })),
    {
      name: 'orders the breakdown S, Z, E, AE, K, G, O',
      lines: [
        line('1', '1', '0', 'K'),
        line('1', '2', '0', 'AE'),
        line('1', '3', '6'),
        line('1', '4', '0', 'E'),
        line('1', '5', '21'),
      ],
      nets: ['1.00', '2.00', '3.00', '4.00', '5.00'],
      // 5.00 × 21 % = 1.05; 3.00 × 6 % = 0.18
      vat: [
        ['S', '21', '5.00', '0.00', '5.00', '1.05'],
        ['S', '6', '3.00', '0.00', '3.00', '0.18'],
        ['E', '0', '4.00', '0.00', '4.00', '0.00'],
        ['AE', '0', '2.00', '0.00', '2.00', '0.00'],
        ['K', '0', '1.00', '0.00', '1.00', '0.00'],
      ],
      inclusive: '16.23',
    },
    {
      name: 'treats "21.00" and "21" as the same rate',
      lines: [line('1', '1', '21.00'), line('1', '1', '21')],
      nets: ['1.00', '1.00'],
      vat: [['S', '21', '2.00', '0.00', '2.00', '0.42']],
      inclusive: '2.42',
    },
  ])('$name', ({ lines, nets, vat, inclusive }) => {
    const s = summary(doc(lines));
    expect(s.nets).toEqual(nets);
    expect(s.vat).toEqual(vat);
    expect(s.taxInclusive).toBe(inclusive);
    expect(s.payable).toBe(inclusive);
  });

  it('prints gross, discount and total on each line (gross − discount = total = net)', () => {
    // 7 × 1.2345 = 8.6415 → 8.64; net 7.56 (see above); discount = 8.64 − 7.56 = 1.08.
    // 2 × 50 at 100 %: gross 100.00, discount 100.00.
    expect(
      computeTotals(doc([line('7', '1.2345', '21', 'S', '12.5'), line('2', '50', '21', 'S', '100')])).lines,
    ).toEqual([
      { gross: '8.64', discountAmount: '1.08', total: '7.56', net: '7.56' },
      { gross: '100.00', discountAmount: '100.00', total: '0.00', net: '0.00' },
    ]);
  });

  it('turns a document discount into one allowance per VAT group', () => {
    // 21 %: 3 × 33.33 = 99.99; allowance 99.99 × 10 % = 9.999 → 10.00; taxable 89.99; VAT 18.8979 → 18.90
    //  6 %: 10.05; allowance 1.005 → 1.01; taxable 9.04; VAT 0.5424 → 0.54
    //  AE: 200.00; allowance 20.00; taxable 180.00; VAT 0
    // BT-106 310.04, BT-107 31.01, BT-109 279.03, BT-110 19.44, BT-112 298.47
    expect(
      summary(
        doc([line('3', '33.33'), line('1', '10.05', '6'), line('1', '200', '0', 'AE')], {
          documentDiscountPercent: '10',
        }),
      ),
    ).toEqual({
      nets: ['99.99', '10.05', '200.00'],
      lineNetTotal: '310.04',
      allowanceTotal: '31.01',
      taxExclusive: '279.03',
      vatTotal: '19.44',
      taxInclusive: '298.47',
      payable: '298.47',
      vat: [
        ['S', '21', '99.99', '10.00', '89.99', '18.90'],
        ['S', '6', '10.05', '1.01', '9.04', '0.54'],
        ['AE', '0', '200.00', '20.00', '180.00', '0.00'],
      ],
    });
  });

  it('brings everything to zero with a 100 % document discount', () => {
    expect(
      summary(doc([line('1', '100'), line('1', '50', '6')], { documentDiscountPercent: '100' })),
    ).toEqual({
      nets: ['100.00', '50.00'],
      lineNetTotal: '150.00',
      allowanceTotal: '150.00',
      taxExclusive: '0.00',
      vatTotal: '0.00',
      taxInclusive: '0.00',
      payable: '0.00',
      vat: [
        ['S', '21', '100.00', '100.00', '0.00', '0.00'],
        ['S', '6', '50.00', '50.00', '0.00', '0.00'],
      ],
    });
  });

  it('gives an empty document zero totals and no breakdown', () => {
    expect(computeTotals(doc([]))).toEqual({
      lines: [],
      lineNetTotal: '0.00',
      allowanceTotal: '0.00',
      taxExclusive: '0.00',
      vatTotal: '0.00',
      taxInclusive: '0.00',
      payable: '0.00',
      vat: [],
    });
  });

  it('rounds to the currency minor unit (JPY has none)', () => {
    // 3 × 33.5 = 100.5 → 101 yen; VAT 10 % = 10.1 → 10.
    const s = summary(doc([line('3', '33.5', '10')], { currency: 'JPY' }));
    expect(s.nets).toEqual(['101']);
    expect(s.vat).toEqual([['S', '10', '101', '0', '101', '10']]);
    expect(s.taxInclusive).toBe('111');
  });

  it('refuses a discount outside 0..100 %', () => {
    expect(() => computeTotals(doc([line('1', '1', '21', 'S', '101')]))).toThrow(RangeError);
    expect(() => computeTotals(doc([line('1', '1')], { documentDiscountPercent: '-1' }))).toThrow(RangeError);
  });
});

describe('computeTotals, prices including VAT', () => {
  const incl = (lines: TotalsLineInput[], extra: Partial<TotalsInput> = {}) =>
    doc(lines, { pricesIncludeVat: true, ...extra });

  it('keeps 3 × 12.10 incl. 21 % at 36.30', () => {
    // VAT = 36.30 × 21 / 121 = 6.30; taxable 30.00; each line 12.10 / 1.21 = 10.00.
    const t = computeTotals(incl([line('1', '12.10'), line('1', '12.10'), line('1', '12.10')]));
    expect(t.lines.map((l) => [l.total, l.net])).toEqual([
      ['12.10', '10.00'],
      ['12.10', '10.00'],
      ['12.10', '10.00'],
    ]);
    expect(t.vat).toEqual([
      {
        category: 'S',
        rate: '21',
        lineNetTotal: '30.00',
        allowanceAmount: '0.00',
        taxableAmount: '30.00',
        vatAmount: '6.30',
      },
    ]);
    expect(t.taxInclusive).toBe('36.30');
  });

  it('keeps the typed sum when line nets do not add up, and moves the odd cent', () => {
    // G = 3 × 9.99 = 29.97; VAT = 29.97 × 21 / 121 = 5.20148… → 5.20; taxable 24.77.
    // Each line 9.99 / 1.21 = 8.25619… → 8.26, three of them = 24.78: one cent too many, taken
    // from the first line (all lost the same). Per-line nets would give 24.78 + 5.20 = 29.98.
    // BR-CO-17: 24.77 × 21 % = 5.2017 → 5.20 = VAT.  The zero line keeps 0.00.
    const s = summary(
      incl([line('1', '9.99'), line('1', '9.99'), line('1', '9.99'), line('1', '5', '21', 'S', '100')]),
    );
    expect(s.nets).toEqual(['8.25', '8.26', '8.26', '0.00']);
    expect(s.vat).toEqual([['S', '21', '24.77', '0.00', '24.77', '5.20']]);
    expect(s.taxInclusive).toBe('29.97');
  });

  it('splits each rate group on its own', () => {
    // 6 %: 10.00 × 6 / 106 = 0.5660… → 0.57, taxable 9.43.  21 %: 10.00 × 21 / 121 = 1.7355… → 1.74, taxable 8.26.
    // AE: 5.00, no VAT.  Total typed: 25.00.
    expect(summary(incl([line('1', '10', '6'), line('1', '10'), line('1', '5', '0', 'AE')]))).toEqual({
      nets: ['9.43', '8.26', '5.00'],
      lineNetTotal: '22.69',
      allowanceTotal: '0.00',
      taxExclusive: '22.69',
      vatTotal: '2.31',
      taxInclusive: '25.00',
      payable: '25.00',
      vat: [
        ['S', '21', '8.26', '0.00', '8.26', '1.74'],
        ['S', '6', '9.43', '0.00', '9.43', '0.57'],
        ['AE', '0', '5.00', '0.00', '5.00', '0.00'],
      ],
    });
  });

  it('applies a document discount to the typed sum', () => {
    // G = 36.30; discount incl. VAT 3.63; T = 32.67; VAT = 32.67 × 21 / 121 = 5.67; taxable 27.00.
    // N = 36.30 − 6.30 = 30.00; allowance = 30.00 − 27.00 = 3.00 (= 10 % of 30.00).
    expect(
      summary(
        incl([line('1', '12.10'), line('1', '12.10'), line('1', '12.10')], { documentDiscountPercent: '10' }),
      ),
    ).toMatchObject({
      nets: ['10.00', '10.00', '10.00'],
      lineNetTotal: '30.00',
      allowanceTotal: '3.00',
      taxExclusive: '27.00',
      vatTotal: '5.67',
      taxInclusive: '32.67',
      vat: [['S', '21', '30.00', '3.00', '27.00', '5.67']],
    });
  });

  it('prints line amounts VAT included, nets VAT excluded', () => {
    // 2 × 12.10 at 50 %: gross 24.20, discount 12.10, total 12.10, net 10.00.
    // A deposit of -12.10 incl. deducts -10.00 net.
    expect(computeTotals(incl([line('2', '12.10', '21', 'S', '50'), line('1', '-12.10')])).lines).toEqual([
      { gross: '24.20', discountAmount: '12.10', total: '12.10', net: '10.00' },
      { gross: '-12.10', discountAmount: '0.00', total: '-12.10', net: '-10.00' },
    ]);
  });

  it('goes to zero with a 100 % document discount', () => {
    expect(
      summary(incl([line('1', '9.99'), line('1', '5', '6')], { documentDiscountPercent: '100' })),
    ).toMatchObject({
      taxExclusive: '0.00',
      vatTotal: '0.00',
      payable: '0.00',
      // 9.99 − round(9.99 × 21 / 121 = 1.7338…) = 8.26; 5.00 − round(5 × 6 / 106 = 0.2830…) = 4.72
      vat: [
        ['S', '21', '8.26', '8.26', '0.00', '0.00'],
        ['S', '6', '4.72', '4.72', '0.00', '0.00'],
      ],
    });
  });
});

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('computeTotals on random documents', () => {
  const rand = rng(20260101);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  /** A decimal string from an integer count of 10^-places (no float arithmetic on the value). */
  const decimal = (units: number, places: number) => new Decimal(units).dividedBy(10 ** places).toString();
  const RATES: [VatCategory, string][] = [
    ['S', '21'],
    ['S', '12'],
    ['S', '6'],
    ['S', '20'],
    ['S', '5.5'],
    ['S', '2.1'],
    ['Z', '0'],
    ['E', '0'],
    ['AE', '0'],
    ['K', '0'],
  ];
  const randomDoc = (): TotalsInput => ({
    currency: 'EUR',
    pricesIncludeVat: rand() < 0.5,
    documentDiscountPercent: rand() < 0.3 ? decimal(int(0, 10000), 2) : null,
    lines: Array.from({ length: int(1, 15) }, () => {
      const [vatCategory, vatRate] = RATES[int(0, RATES.length - 1)]!;
      return {
        quantity: decimal(int(-2000, 100000), int(0, 3)),
        unitPrice: decimal(int(0, 5000000), int(0, 4)),
        discountPercent: rand() < 0.3 ? decimal(int(0, 10000), 2) : null,
        vatCategory,
        vatRate,
      };
    }),
  });
  const total = (values: string[]) => values.reduce((a, v) => a.plus(dec(v)), new Decimal(0));
  const CENT = dec('0.01');

  it('always satisfies BR-CO-10, -11, -13, -14, -15, -17, BR-S-08 and the typed sum', () => {
    for (let n = 0; n < 1000; n++) {
      const input = randomDoc();
      const t = computeTotals(input);
      const where = JSON.stringify(input);
      const all = [t.lineNetTotal, t.allowanceTotal, t.taxExclusive, t.vatTotal, t.taxInclusive];
      for (const v of [...all, ...t.lines.map((l) => l.net), ...t.vat.flatMap((v) => [v.taxableAmount])]) {
        expect(v, where).toMatch(/^-?\d+\.\d{2}$/); // BR-DEC-*
      }
      expect(t.lineNetTotal, `BR-CO-10 ${where}`).toBe(total(t.lines.map((l) => l.net)).toFixed(2));
      expect(t.allowanceTotal, `BR-CO-11 ${where}`).toBe(
        total(t.vat.map((v) => v.allowanceAmount)).toFixed(2),
      );
      expect(t.taxExclusive, `BR-CO-13 ${where}`).toBe(
        dec(t.lineNetTotal).minus(t.allowanceTotal).toFixed(2),
      );
      expect(t.vatTotal, `BR-CO-14 ${where}`).toBe(total(t.vat.map((v) => v.vatAmount)).toFixed(2));
      expect(t.taxInclusive, `BR-CO-15 ${where}`).toBe(dec(t.taxExclusive).plus(t.vatTotal).toFixed(2));
      expect(t.payable).toBe(t.taxInclusive);
      const pct = dec(input.documentDiscountPercent ?? '0');
      for (const v of t.vat) {
        const members = input.lines.flatMap((l, i) =>
          l.vatCategory === v.category && dec(l.vatRate).equals(v.rate) ? [i] : [],
        );
        // BR-S-08 and siblings: taxable = Σ line nets of the group − its allowance.
        expect(v.lineNetTotal, where).toBe(total(members.map((i) => t.lines[i]!.net)).toFixed(2));
        expect(v.taxableAmount, where).toBe(dec(v.lineNetTotal).minus(v.allowanceAmount).toFixed(2));
        // BR-CO-17 (validator tolerance ±1; ours: exact when prices exclude VAT, ≤ 1 cent otherwise).
        const expected = roundMoney(dec(v.taxableAmount).times(v.rate).dividedBy(100));
        const gap = dec(v.vatAmount).minus(expected).abs();
        expect(gap.lte(input.pricesIncludeVat ? CENT : 0), `BR-CO-17 ${where}`).toBe(true);
        // Peppol R040: allowance = base × % within 0.02.
        const allowanceGap = dec(v.allowanceAmount)
          .minus(dec(v.lineNetTotal).times(pct).dividedBy(100))
          .abs();
        expect(allowanceGap.lte('0.02'), `R040 ${where}`).toBe(true);
        if (input.pricesIncludeVat) {
          // The typed VAT-inclusive sum survives: taxable + VAT = Σ totals − round(Σ totals × %).
          const typed = total(members.map((i) => t.lines[i]!.total));
          const kept = typed.minus(roundMoney(typed.times(pct).dividedBy(100)));
          expect(dec(v.taxableAmount).plus(v.vatAmount).toFixed(2), where).toBe(kept.toFixed(2));
          for (const i of members) {
            // Each net within 1.5 cents of total / (1 + rate) (Peppol R120 allows 2).
            const exact = dec(t.lines[i]!.total).times(100).dividedBy(dec(v.rate).plus(100));
            expect(dec(t.lines[i]!.net).minus(exact).abs().lte('0.015'), where).toBe(true);
          }
        } else if (pct.isZero()) {
          expect(v.allowanceAmount).toBe('0.00');
        }
      }
    }
  });
});
