import { describe, expect, it } from 'vitest';
import { type SetupState, setupSteps } from './setup-steps.js';

const complete: SetupState = {
  company: {
    name: 'Atelier Lumière',
    addressLine1: 'Rue de la Loi 16',
    postalCode: '1000',
    city: 'Bruxelles',
    vatNumber: 'BE0403170701',
    enterpriseNumber: '0403170701',
    iban: 'BE68539007547034',
    hasLogo: false,
    demo: false,
  },
  mailSource: 'installation',
  hasCustomer: true,
  hasQuoteOrInvoice: true,
};

const with_ = (patch: Partial<SetupState>, company: Partial<SetupState['company']> = {}): SetupState => ({
  ...complete,
  ...patch,
  company: { ...complete.company, ...company },
});

const open = (s: SetupState) =>
  setupSteps(s)
    .steps.filter((step) => !step.done)
    .map((step) => step.key);

describe('setup steps', () => {
  it('is complete without a logo, which stays an open optional step', () => {
    expect(setupSteps(complete).complete).toBe(true);
    expect(open(complete)).toEqual(['logo']);
  });

  it.each([
    [with_({}, { addressLine1: null }), ['address']],
    [with_({}, { city: ' ' }), ['address']],
    [with_({}, { vatNumber: null, enterpriseNumber: null }), ['vatNumber']],
    [with_({}, { iban: null, postalCode: null }), ['address', 'iban']],
  ])('names the company details still missing (%#)', (state, missing) => {
    const company = setupSteps(state).steps.find((s) => s.key === 'company');
    expect(company).toMatchObject({ done: false, missing });
    expect(setupSteps(state).complete).toBe(false);
  });

  it('takes an enterprise number without a VAT number (VAT-exempt small business)', () => {
    expect(setupSteps(with_({}, { vatNumber: null })).complete).toBe(true);
  });

  it.each([
    ['company', true],
    ['installation', true],
    ['local', false],
  ] as const)('mail through %s counts as configured: %s', (mailSource, done) => {
    expect(setupSteps(with_({ mailSource })).steps.find((s) => s.key === 'mail')?.done).toBe(done);
  });

  it('has no mail step for a demo company, whose mail never leaves', () => {
    const demo = with_({ mailSource: 'local' }, { demo: true });
    expect(setupSteps(demo).steps.map((s) => s.key)).not.toContain('mail');
    expect(setupSteps(demo).complete).toBe(true);
  });

  it('waits for a first customer and a first quote or invoice', () => {
    expect(open(with_({ hasCustomer: false, hasQuoteOrInvoice: false }))).toEqual([
      'logo',
      'customer',
      'document',
    ]);
  });
});
