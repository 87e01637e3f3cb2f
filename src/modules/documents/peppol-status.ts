import { sql } from 'kysely';

/**
 * Where a document's latest Peppol sending stands, as its timeline tells it: the events the peppol
 * module records (queued when the sending is asked for, sent with the access point's message id,
 * then delivered or failed). Null: never sent over Peppol. The latest event wins; two at the same
 * instant are ordered by how far they go, so a sending never looks less advanced than it is.
 */
export const PEPPOL_STATUSES = ['queued', 'sent', 'delivered', 'failed'] as const;
export type PeppolStatus = (typeof PEPPOL_STATUSES)[number];

export const PEPPOL_EVENTS = PEPPOL_STATUSES.map((s) => `peppol_${s}`);

/** The same progress order in SQL, for lists (`pe` is the document_events alias). */
export const PEPPOL_PROGRESS_SQL = sql`case pe.action when 'peppol_queued' then 0 when 'peppol_sent' then 1 else 2 end`;

export function peppolStatusOf(action: string | null | undefined): PeppolStatus | null {
  const status = action?.startsWith('peppol_') ? action.slice('peppol_'.length) : null;
  return PEPPOL_STATUSES.find((s) => s === status) ?? null;
}

const progress = (s: PeppolStatus) => (s === 'queued' ? 0 : s === 'sent' ? 1 : 2);

/** The latest Peppol event of a timeline (any order). */
export function latestPeppolStatus(events: readonly { action: string; at: string }[]): PeppolStatus | null {
  let best: { at: string; status: PeppolStatus } | null = null;
  for (const e of events) {
    const status = peppolStatusOf(e.action);
    if (!status) continue;
    if (!best || e.at > best.at || (e.at === best.at && progress(status) > progress(best.status)))
      best = { at: e.at, status };
  }
  return best?.status ?? null;
}
