import { describe, expect, it, vi } from 'vitest';
import type { SalesDocument } from '../documents/types';
import { errorField, invoiceToForm, newProfileForm, toBody, toSchedule } from './profile-form';

// decimal-text reads the UI language from <html lang>.
vi.stubGlobal('document', { documentElement: { lang: 'fr' } });

const form = (over = {}) => ({
  ...newProfileForm({
    defaultVat: 'S|21',
    currency: 'EUR',
    timeZone: 'Europe/Brussels',
    today: new Date(2026, 10, 27),
  }),
  ...over,
});

describe('the recurring profile form', () => {
  it('starts monthly on the 1st of next month, in the company’s time zone', () => {
    expect(toSchedule(form())).toEqual({
      frequency: 'month',
      interval: 1,
      dayOfMonth: 1,
      startDate: '2026-12-01',
      endDate: null,
      count: null,
      timeOfDay: '08:00',
      timeZone: 'Europe/Brussels',
      billing: 'advance',
    });
  });

  it.each([
    [{ dayMode: 'last' }, { dayOfMonth: 'last' }],
    [{ dayMode: 'day', dayOfMonth: '15' }, { dayOfMonth: 15 }],
    [{ dayMode: 'start' }, {}],
    // Days and weeks take no day of the month, whatever the form kept from before.
    [{ frequency: 'week', dayMode: 'last' }, {}],
  ] as const)('sends the day of the month %o as %o', (over, expected) => {
    const s = toSchedule(form(over));
    expect('dayOfMonth' in s ? { dayOfMonth: s.dayOfMonth } : {}).toEqual(expected);
  });

  it('ends by a date or after a count, never both', () => {
    expect(toSchedule(form({ endMode: 'date', endDate: '2027-06-30', count: 5 }))).toMatchObject({
      endDate: '2027-06-30',
      count: null,
    });
    expect(toSchedule(form({ endMode: 'count', endDate: '2027-06-30', count: 5 }))).toMatchObject({
      endDate: null,
      count: 5,
    });
  });

  it('sends typed French amounts as the API’s decimals, and a product line’s catalogue choice', () => {
    const body = toBody(
      form({
        name: ' Loyer ',
        contactId: 'c1',
        lines: [
          {
            key: 'a',
            productId: 'p1',
            description: 'Loyer {{month}}',
            quantity: '1,5',
            unitPrice: '1 250,5',
            vat: 'S|21',
            followCatalogPrice: true,
          },
          {
            key: 'b',
            productId: null,
            description: 'Frais',
            quantity: '1',
            unitPrice: 'abc',
            vat: 'S|6',
            followCatalogPrice: true,
          },
        ],
      }),
    );
    expect(body.name).toBe('Loyer');
    expect(body.lines).toEqual([
      {
        description: 'Loyer {{month}}',
        quantity: '1.5',
        unitPrice: '1250.50',
        vatCategory: 'S',
        vatRate: '21',
        productId: 'p1',
        followCatalogPrice: true,
      },
      // Not a number: sent as typed, for the server to name the field; no product, no catalogue price.
      {
        description: 'Frais',
        quantity: '1',
        unitPrice: 'abc',
        vatCategory: 'S',
        vatRate: '6',
        productId: null,
        followCatalogPrice: false,
      },
    ]);
  });

  it.each([
    ['schedule/endDate', 'endDate'],
    ['/schedule/dayOfMonth', 'dayOfMonth'],
    ['schedule', 'startDate'],
    ['lines/2/vatRate', 'lines.2.vat'],
    ['lines/0/productId', 'lines.0.description'],
    ['lines/1/followCatalogPrice', 'lines.1.followCatalogPrice'],
    ['contactId', 'contactId'],
  ])('puts the server’s problem at %s on the field %s', (path, field) => {
    expect(errorField(path)).toBe(field);
  });

  it('makes an invoice recurring with its discounts folded into net unit prices', () => {
    const invoice = {
      id: 'i1',
      contactId: 'c1',
      currency: 'EUR',
      language: 'nl',
      paymentTermsDays: 14,
      notes: null,
      pricesIncludeVat: false,
      discountPercent: '0',
      lines: [
        {
          productId: null,
          description: 'Conseil',
          quantity: '5',
          unitPrice: '120',
          discountPercent: '0',
          vatCategory: 'S',
          vatRate: '21',
          net: '600.00',
        },
        {
          productId: 'p',
          description: 'Licence',
          quantity: '3',
          unitPrice: '10',
          discountPercent: '10',
          vatCategory: 'S',
          vatRate: '21',
          net: '27.00',
        },
      ],
    } as unknown as SalesDocument;
    const f = invoiceToForm(invoice, {
      defaultVat: 'S|21',
      timeZone: 'Europe/Brussels',
      name: 'Conseil',
      today: new Date(2026, 11, 15),
    });
    expect(f).toMatchObject({
      contactId: 'c1',
      language: 'nl',
      paymentTermsDays: '14',
      startDate: '2027-01-01',
    });
    expect(f.lines.map((l) => [l.description, l.quantity, l.unitPrice])).toEqual([
      ['Conseil', '5', '120,00'],
      ['Licence', '3', '9,00'],
    ]);
    // A document discount too: 600 × 90 % / 5 and 27 × 90 % / 3.
    const discounted = invoiceToForm({ ...invoice, discountPercent: '10' } as SalesDocument, {
      defaultVat: 'S|21',
      timeZone: 'Europe/Brussels',
      name: 'Conseil',
    });
    expect(discounted.lines.map((l) => l.unitPrice)).toEqual(['108,00', '8,10']);
  });
});
