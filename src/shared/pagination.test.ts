import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

describe('cursor pagination', () => {
  it('round-trips a cursor', () => {
    const c = { createdAt: '2026-11-27T10:00:00.000Z', id: 'abc' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it.each([
    'garbage',
    '',
    encodeCursor({ createdAt: 'x', id: 'y' }).slice(0, 4),
    Buffer.from('[1,2]').toString('base64url'),
  ])('refuses a malformed cursor %j with a field error', (raw) => {
    expect(() => decodeCursor(raw)).toThrow(AppError);
  });

  it('returns a next cursor only when there is a further row', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, created_at: `2026-01-0${n}` }));
    const full = toPage(rows, 2, (r) => r.id);
    expect(full.items).toEqual(['id1', 'id2']);
    expect(decodeCursor(full.nextCursor!)).toEqual({ createdAt: '2026-01-02', id: 'id2' });
    expect(toPage(rows, 3, (r) => r.id).nextCursor).toBeNull();
  });
});
