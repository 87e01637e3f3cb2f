import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  DOCUMENT_KINDS,
  type DocumentAction,
  invoiceStatusForBalance,
  isOverdue,
  STATUSES,
  transition,
} from './document-status.js';

const ACTIONS: DocumentAction[] = [
  'finalize',
  'mark_sent',
  'accept',
  'decline',
  'expire',
  'cancel',
  'delivery_failed',
];

describe('document lifecycles', () => {
  it.each([
    ['quote', 'draft', 'finalize', 'sent'],
    ['quote', 'sent', 'accept', 'accepted'],
    ['quote', 'sent', 'decline', 'declined'],
    ['quote', 'sent', 'expire', 'expired'],
    ['order', 'draft', 'finalize', 'confirmed'],
    ['order', 'confirmed', 'cancel', 'cancelled'],
    ['invoice', 'draft', 'finalize', 'issued'],
    ['invoice', 'issued', 'mark_sent', 'sent'],
    ['credit_note', 'draft', 'finalize', 'issued'],
    ['credit_note', 'issued', 'mark_sent', 'sent'],
    ['invoice', 'sent', 'delivery_failed', 'issued'],
    ['credit_note', 'sent', 'delivery_failed', 'issued'],
  ] as const)('%s: %s --%s--> %s', (kind, from, action, to) => {
    expect(transition(kind, from, action)).toEqual({ ok: true, to });
  });

  it.each([
    ['quote', 'declined', 'accept'],
    ['quote', 'expired', 'accept'],
    ['quote', 'accepted', 'decline'],
    ['quote', 'draft', 'accept'],
    ['invoice', 'issued', 'finalize'],
    ['invoice', 'paid', 'cancel'],
    ['invoice', 'issued', 'cancel'],
    ['order', 'cancelled', 'finalize'],
  ] as const)('refuses %s: %s --%s-->', (kind, from, action) => {
    const r = transition(kind, from, action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.allowed).toEqual(allowedActions(kind, from));
  });

  it('never offers the system-only delivery_failed to a user', () => {
    for (const kind of DOCUMENT_KINDS)
      for (const from of STATUSES[kind]) expect(allowedActions(kind, from)).not.toContain('delivery_failed');
    expect(transition('quote', 'sent', 'delivery_failed').ok).toBe(false);
  });

  it('never leads back to draft, and only drafts can be finalized', () => {
    for (const kind of DOCUMENT_KINDS) {
      for (const from of STATUSES[kind]) {
        for (const action of ACTIONS) {
          const r = transition(kind, from, action);
          if (!r.ok) continue;
          expect(r.to).not.toBe('draft');
          expect(STATUSES[kind]).toContain(r.to);
          if (action === 'finalize') expect(from).toBe('draft');
        }
      }
    }
  });

  it('cannot cancel an invoice by a status change (only a full credit note does)', () => {
    for (const from of STATUSES.invoice) {
      for (const action of ACTIONS) {
        const r = transition('invoice', from, action);
        if (r.ok) expect(r.to).not.toBe('cancelled');
      }
    }
  });
});

describe('invoice status from its balance', () => {
  it.each([
    [{ current: 'issued', payableMinor: 12100, creditedMinor: 0, paidMinor: 0 }, 'issued'],
    [{ current: 'sent', payableMinor: 12100, creditedMinor: 2100, paidMinor: 0 }, 'sent'],
    [{ current: 'issued', payableMinor: 12100, creditedMinor: 12100, paidMinor: 0 }, 'cancelled'],
    [{ current: 'sent', payableMinor: 12100, creditedMinor: 0, paidMinor: 5000 }, 'partially_paid'],
    [{ current: 'partially_paid', payableMinor: 12100, creditedMinor: 0, paidMinor: 12100 }, 'paid'],
    [{ current: 'sent', payableMinor: 12100, creditedMinor: 2100, paidMinor: 10000 }, 'paid'],
    [{ current: 'draft', payableMinor: 12100, creditedMinor: 0, paidMinor: 0 }, 'draft'],
    // A free-standing credit note applied settles like a payment: paid, not cancelled.
    [
      { current: 'sent', payableMinor: 12100, creditedMinor: 0, paidMinor: 0, appliedCreditMinor: 12100 },
      'paid',
    ],
    [
      { current: 'issued', payableMinor: 12100, creditedMinor: 0, paidMinor: 100, appliedCreditMinor: 100 },
      'partially_paid',
    ],
    // Payments deleted: back to what it was before them.
    [{ current: 'paid', payableMinor: 12100, creditedMinor: 0, paidMinor: 0, wasSent: true }, 'sent'],
    [{ current: 'paid', payableMinor: 12100, creditedMinor: 0, paidMinor: 0, wasSent: false }, 'issued'],
    [
      { current: 'partially_paid', payableMinor: 12100, creditedMinor: 0, paidMinor: 0, wasSent: false },
      'issued',
    ],
    [{ current: 'paid', payableMinor: 12100, creditedMinor: 2100, paidMinor: 0, wasSent: true }, 'sent'],
    // Over-paid (a payment kept, then a credit note made of the invoice): still paid.
    [{ current: 'paid', payableMinor: 12100, creditedMinor: 2100, paidMinor: 12100 }, 'paid'],
  ] as const)('%o → %s', (input, expected) => {
    expect(invoiceStatusForBalance(input)).toBe(expected);
  });
});

describe('overdue', () => {
  it('is derived from the due date and the open status', () => {
    expect(isOverdue({ status: 'issued', dueDate: '2026-11-26', today: '2026-11-27' })).toBe(true);
    expect(isOverdue({ status: 'sent', dueDate: '2026-11-27', today: '2026-11-27' })).toBe(false);
    expect(isOverdue({ status: 'paid', dueDate: '2026-01-01', today: '2026-11-27' })).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: '2026-01-01', today: '2026-11-27' })).toBe(false);
  });
});
