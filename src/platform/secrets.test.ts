import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, secretKey } from './secrets.js';

describe('stored secrets', () => {
  it('round-trips, never stores the plaintext, and refuses a tampered value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fx-secret-'));
    const key = secretKey({ secretKey: undefined, dataDir: dir });
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(secretKey({ secretKey: undefined, dataDir: dir }).equals(key)).toBe(true);
    const stored = encryptSecret(key, 'smtp://user:p4ss@mail.example:587');
    expect(stored).not.toContain('p4ss');
    expect(encryptSecret(key, 'same')).not.toBe(encryptSecret(key, 'same'));
    expect(decryptSecret(key, stored)).toBe('smtp://user:p4ss@mail.example:587');
    const parts = stored.split('.');
    const tampered = [...parts.slice(0, 3), `${parts[3]?.slice(0, -2)}AA`].join('.');
    expect(() => decryptSecret(key, tampered)).toThrow();
    const other = secretKey({ secretKey: Buffer.alloc(32, 7).toString('base64'), dataDir: dir });
    expect(() => decryptSecret(other, stored)).toThrow();
  });
});
