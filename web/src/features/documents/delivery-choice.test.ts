import { describe, expect, it } from 'vitest';
import { deliveryChoice } from './delivery-choice';

const participant = (over: Partial<Parameters<typeof deliveryChoice>[0] & object> = {}) => ({
  peppolId: '0208:0403199702',
  reachable: true,
  documentTypes: [],
  accepts: { invoice: true, creditNote: true },
  checkedAt: '2026-12-04T10:00:00Z',
  provider: 'local' as const,
  deliveryPreference: 'auto' as const,
  ...over,
});

describe('deliveryChoice', () => {
  it.each([
    ['auto, reachable → Peppol', participant(), 'invoice', 'peppol', null],
    [
      'auto, not reachable → e-mail, nothing to explain',
      participant({ reachable: false }),
      'invoice',
      'email',
      null,
    ],
    [
      'email wins over a reachable customer',
      participant({ deliveryPreference: 'email' }),
      'invoice',
      'email',
      null,
    ],
    ['peppol, reachable → Peppol', participant({ deliveryPreference: 'peppol' }), 'invoice', 'peppol', null],
    [
      'peppol, Peppol off → e-mail, says so',
      participant({ deliveryPreference: 'peppol', provider: 'none', reachable: false }),
      'invoice',
      'email',
      'notSetUp',
    ],
    [
      'peppol, no Peppol id → e-mail, says so',
      participant({ deliveryPreference: 'peppol', peppolId: null, reachable: false }),
      'invoice',
      'email',
      'noPeppolId',
    ],
    [
      'peppol, not on the network → e-mail, says so',
      participant({ deliveryPreference: 'peppol', reachable: false }),
      'invoice',
      'email',
      'notRegistered',
    ],
    [
      'peppol, no credit notes accepted → e-mail, says so',
      participant({ deliveryPreference: 'peppol', accepts: { invoice: true, creditNote: false } }),
      'credit_note',
      'email',
      'notAccepted',
    ],
  ] as const)('%s', (_name, p, kind, method, fallback) => {
    expect(deliveryChoice(p, kind)).toEqual({ method, fallback });
  });

  it('proposes e-mail until the answer comes', () => {
    expect(deliveryChoice(null, 'invoice')).toEqual({ method: 'email', fallback: null });
  });
});
