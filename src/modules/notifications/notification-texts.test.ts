import { describe, expect, it } from 'vitest';
import { notificationText } from './notification-texts.js';

describe('notificationText', () => {
  it.each([
    ['fr', 'quote.accepted', { number: 'D-2026-00001', by: null }, 'Offre D-2026-00001 acceptée'],
    ['nl', 'quote.declined', { number: 'D-2026-00001', by: 'An' }, 'Offerte D-2026-00001 geweigerd door An'],
    [
      'en',
      'mail.failed',
      { to: ['a@x.test', 'b@x.test'], subject: 'Hi', kind: 'credit_note', number: 'NC-1', withdrawn: false },
      'Credit note NC-1: the e-mail to a@x.test, b@x.test was not delivered',
    ],
    [
      'de',
      'mail.failed',
      { to: ['a@x.test'], subject: 'Hallo' },
      'Die E-Mail „Hallo“ an a@x.test wurde nicht zugestellt',
    ],
  ] as const)('words %s %s', (language, type, data, expected) => {
    expect(notificationText(type, data, language)).toBe(expected);
  });

  it('reads a kind this version no longer knows as a plain notification, never its raw type', () => {
    expect(notificationText('invoice.paid', {}, 'fr')).toBe('Notification');
    expect(notificationText('invoice.paid', {}, 'nl')).toBe('Melding');
  });
});
