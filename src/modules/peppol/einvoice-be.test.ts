import { describe, expect, it } from 'vitest';
import { reasonOf, retryAfterMs } from './einvoice-be.js';

describe('e-invoice.be answers', () => {
  it.each([
    ['2', 2_000],
    [' 0 ', 0],
    ['Fri, 27 Nov 2026 10:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('reads Retry-After %s as %s ms', (header, ms) => {
    expect(retryAfterMs(header, Date.parse('2026-11-27T10:00:00Z'))).toBe(ms);
  });

  it.each([
    ['{"detail":"Receiver not registered"}', 'Receiver not registered'],
    [
      '{"detail":[{"loc":["query","peppol_id"],"msg":"Invalid Peppol ID"},{"msg":"Too long"}]}',
      'Invalid Peppol ID; Too long',
    ],
    ['{"message":"Quota exceeded"}', 'Quota exceeded'],
    ['Bad gateway', 'Bad gateway'],
    ['', 'HTTP 400'],
  ])('surfaces the access point’s reason from %s', (body, reason) => {
    expect(reasonOf(400, body)).toBe(reason);
  });
});
