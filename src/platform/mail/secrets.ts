import { decryptSecret, encryptSecret } from '../secrets.js';

/**
 * Mail that carries a live secret (an invitation, password-reset or e-mail verification link) is
 * stored with a placeholder in place of each secret, and the secrets themselves encrypted beside it.
 * Delivery puts them back for the SMTP server; every view of the outbox shows the placeholder as
 * "[hidden]", so a member reading the outbox (or a copy of the database) cannot use a link that was
 * meant for someone else.
 */
const PLACEHOLDER = /\[\[secret:(\d+)\]\]/g;
const placeholder = (i: number) => `[[secret:${i}]]`;
export const REDACTED = '[hidden]';

export interface SealedBodies {
  text: string;
  html?: string;
  /** The secrets, encrypted: stored in `mail_outbox.secrets`. */
  sealed: string;
}

/** Replaces each secret in the bodies by its placeholder and seals the secrets with `key`. */
export function sealSecrets(
  key: Buffer,
  bodies: { text: string; html?: string },
  secrets: string[],
): SealedBodies {
  const hide = (body: string) =>
    secrets.reduce((text, secret, i) => (secret ? text.split(secret).join(placeholder(i)) : text), body);
  return {
    text: hide(bodies.text),
    ...(bodies.html !== undefined ? { html: hide(bodies.html) } : {}),
    sealed: encryptSecret(key, JSON.stringify(secrets)),
  };
}

/** The body as it is sent: the placeholders replaced by the sealed secrets. */
export function revealSecrets(key: Buffer, body: string, sealed: string | null): string {
  if (!sealed) return body;
  const secrets = JSON.parse(decryptSecret(key, sealed)) as string[];
  return body.replace(PLACEHOLDER, (all, i: string) => secrets[Number(i)] ?? all);
}

/** The body as anyone may read it in the app: secrets shown as "[hidden]". */
export const redactSecrets = (body: string): string => body.replace(PLACEHOLDER, REDACTED);
