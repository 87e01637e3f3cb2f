import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

// Random bits for ids drawn from a pool refilled 4 KiB at a time: one system call per 256 ids
// instead of one per id (issuing an invoice creates a dozen rows).
const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

function random16(): Uint8Array {
  if (offset + 16 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  return bytes;
}

/** Time-ordered opaque ids: sortable, so lists can page on `(created_at, id)` cheaply. */
export const newId = (): string => uuidv7({ random: random16() });

/** A secret token with 256 bits of entropy, URL-safe. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');
