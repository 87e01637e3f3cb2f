import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered opaque ids: sortable, so lists can page on `(created_at, id)` cheaply. */
export const newId = (): string => uuidv7();

/** A secret token with 256 bits of entropy, URL-safe. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');
