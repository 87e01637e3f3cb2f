import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';

/**
 * Secrets stored in the database (a company's SMTP password, later bank access tokens) are encrypted
 * with AES-256-GCM under one installation key: SECRET_KEY, or on the embedded default a key created
 * once in DATA_DIR/secret.key (readable by the owner only). Several processes on PostgreSQL must
 * share SECRET_KEY. Format: `v1.<iv>.<tag>.<ciphertext>`, base64url parts.
 */
const keys = new Map<string, Buffer>();

export function secretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Buffer {
  const cacheKey = config.secretKey ?? config.dataDir;
  const cached = keys.get(cacheKey);
  if (cached) return cached;
  let key: Buffer;
  if (config.secretKey) {
    key = Buffer.from(
      config.secretKey,
      config.secretKey.includes('-') || config.secretKey.includes('_') ? 'base64url' : 'base64',
    );
  } else {
    const file = join(config.dataDir, 'secret.key');
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
    }
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  }
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes');
  keys.set(cacheKey, key);
  return key;
}

export function encryptSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function decryptSecret(key: Buffer, stored: string): string {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
