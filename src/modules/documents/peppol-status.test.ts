import { describe, expect, it } from 'vitest';
import { latestPeppolStatus } from './peppol-status.js';

const e = (action: string, at: string) => ({ action, at });

describe('latestPeppolStatus', () => {
  it.each([
    ['never sent over Peppol', [e('issued', 't1'), e('mail_delivered', 't2')], null],
    ['queued', [e('issued', 't1'), e('peppol_queued', 't1')], 'queued'],
    [
      'sent then delivered',
      [e('peppol_queued', 't1'), e('peppol_sent', 't2'), e('peppol_delivered', 't3')],
      'delivered',
    ],
    ['same instant: the furthest step', [e('peppol_failed', 't2'), e('peppol_sent', 't2')], 'failed'],
    ['sent again after a failure', [e('peppol_failed', 't2'), e('peppol_queued', 't3')], 'queued'],
    ['in any order', [e('peppol_delivered', 't3'), e('peppol_queued', 't1')], 'delivered'],
  ])('%s', (_name, events, expected) => {
    expect(latestPeppolStatus(events)).toBe(expected);
  });
});
