import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './document-chain.js';
import type { DocumentRow, LineRow, VatRow } from './documents.repository.js';

/** An issued invoice as stored, for the chain's golden tests (only what the hash reads matters). */
const doc = {
  id: '0193a1b2-0000-7000-8000-000000000001',
  company_id: 'company-1',
  kind: 'invoice',
  number: 'F-2026-00042',
  chain_index: 42,
  previous_hash: 'a'.repeat(64),
  source_id: null,
  billing_type: 'standard',
  contact_id: 'contact-1',
  subject: 'Consultance « novembre » — 50 % acompte',
  buyer_reference: 'PO-7',
  language: 'fr',
  currency: 'EUR',
  prices_include_vat: 0,
  vat_regime: 'standard',
  discount_e2: 250,
  issue_date: '2026-11-28',
  due_date: '2026-12-28',
  delivery_date: null,
  valid_until: null,
  payment_terms_days: 30,
  notes: 'Merci !\nLigne 2 "citée"',
  conditions: null,
  payment_reference: '+++090/9337/55493+++',
  seller: '{"name":"Seller SRL","vatNumber":"BE0417497106"}',
  buyer: '{"name":"Client SA","vatNumber":"BE0403199702"}',
  line_net_minor: 12345,
  allowance_minor: 309,
  tax_exclusive_minor: 12036,
  vat_minor: 2128,
  tax_inclusive_minor: 14164,
  payable_minor: 14164,
} as DocumentRow;

const line = (position: number, over: Partial<LineRow>): LineRow =>
  ({
    id: `line-${position}`,
    company_id: 'company-1',
    document_id: doc.id,
    position,
    product_id: null,
    source_line_id: null,
    description: `Line ${position}`,
    quantity_e3: 1000,
    unit_code: 'C62',
    unit_price_e4: 100000,
    discount_e2: 0,
    vat_category: 'S',
    vat_rate: '21',
    exemption_reason: null,
    net_minor: 1000,
    ...over,
  }) as LineRow;

/** Out of position order on purpose: the hash sorts them. */
const lines: LineRow[] = [
  line(1, {
    description: 'Matériel',
    quantity_e3: 1250,
    unit_price_e4: 123456,
    vat_rate: '6',
    net_minor: 1543,
  }),
  line(0, { product_id: 'product-1', discount_e2: 1000, net_minor: 10802 }),
];

const vat: VatRow[] = [
  {
    company_id: 'company-1',
    document_id: doc.id,
    category: 'S',
    rate: '6',
    taxable_minor: 1505,
    vat_minor: 90,
    exemption_code: null,
    exemption_reason: null,
  },
  {
    company_id: 'company-1',
    document_id: doc.id,
    category: 'S',
    rate: '21',
    taxable_minor: 10531,
    vat_minor: 2212,
    exemption_code: null,
    exemption_reason: null,
  },
];

describe('canonical JSON of frozen content', () => {
  it.each([
    [
      { b: 1, a: [1, 'x', null, { d: undefined, c: true }], é: '"q"\n', Z: { y: [], x: {} }, n: -0.5 },
      '{"Z":{"x":{},"y":[]},"a":[1,"x",null,{"c":true}],"b":1,"n":-0.5,"é":"\\"q\\"\\n"}',
    ],
    [{ '': 0, ' ': 1, A: 2, a: 3, aa: 4, '10': 5, '9': 6 }, '{"":0," ":1,"10":5,"9":6,"A":2,"a":3,"aa":4}'],
    [[[[]], {}, [{}]], '[[[]],{},[{}]]'],
    ['plain', '"plain"'],
    [null, 'null'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('content hash', () => {
  // Hashes already stored in chains must verify forever: any change to the canonical form or to what
  // is frozen breaks this value, and needs a new `version` in frozenContent instead.
  it('is the same as when the chain format was fixed', () => {
    expect(contentHash(doc, lines, vat)).toBe(
      'd9569182c86f500ae326914d08567073d99aa60a263a0cbd5ffc312fc4d33324',
    );
  });

  it('changes with any frozen field, and not with the order lines are read in', () => {
    const h = contentHash(doc, lines, vat);
    expect(contentHash(doc, [...lines].reverse(), [...vat].reverse())).toBe(h);
    expect(contentHash({ ...doc, notes: 'Merci !' }, lines, vat)).not.toBe(h);
    expect(contentHash(doc, [{ ...lines[0]!, net_minor: 1544 }, lines[1]!], vat)).not.toBe(h);
    expect(contentHash(doc, lines, [vat[0]!, { ...vat[1]!, vat_minor: 2213 }])).not.toBe(h);
    expect(contentHash({ ...doc, previous_hash: 'b'.repeat(64) }, lines, vat)).not.toBe(h);
  });
});
