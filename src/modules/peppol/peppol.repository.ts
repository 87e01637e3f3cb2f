import type { DbOrTx } from '../../platform/db/index.js';
import type { PeppolMessagesTable, PeppolSettingsTable } from '../../platform/db/schema.js';

export const findSettings = (db: DbOrTx, p: { companyId: string }) =>
  db.selectFrom('peppol_settings').selectAll().where('company_id', '=', p.companyId).executeTakeFirst();

export async function saveSettings(
  db: DbOrTx,
  p: { companyId: string; row: Omit<PeppolSettingsTable, 'company_id'> },
) {
  await db
    .insertInto('peppol_settings')
    .values({ company_id: p.companyId, ...p.row })
    .onConflict((oc) => oc.column('company_id').doUpdateSet(p.row))
    .execute();
}

export async function setRegistration(
  db: DbOrTx,
  p: { companyId: string; status: 'registered' | 'failed'; error: string | null; at: string },
) {
  await db
    .updateTable('peppol_settings')
    .set({
      registration_status: p.status,
      registration_error: p.error,
      registered_at: p.status === 'registered' ? p.at : null,
      updated_at: p.at,
    })
    .where('company_id', '=', p.companyId)
    .execute();
}

export const findParticipant = (db: DbOrTx, p: { companyId: string; peppolId: string }) =>
  db
    .selectFrom('peppol_participants')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('peppol_id', '=', p.peppolId)
    .executeTakeFirst();

export async function saveParticipant(
  db: DbOrTx,
  p: { companyId: string; peppolId: string; reachable: boolean; documentTypes: string[]; at: string },
) {
  const values = {
    reachable: p.reachable ? 1 : 0,
    document_types: JSON.stringify(p.documentTypes),
    checked_at: p.at,
  };
  await db
    .insertInto('peppol_participants')
    .values({ company_id: p.companyId, peppol_id: p.peppolId, ...values })
    .onConflict((oc) => oc.columns(['company_id', 'peppol_id']).doUpdateSet(values))
    .execute();
}

export const clearParticipants = (db: DbOrTx, p: { companyId: string }) =>
  db.deleteFrom('peppol_participants').where('company_id', '=', p.companyId).execute();

export async function nextSeq(db: DbOrTx, p: { companyId: string; documentId: string }): Promise<number> {
  const row = await db
    .selectFrom('peppol_messages')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

export const insertMessage = (db: DbOrTx, row: PeppolMessagesTable) =>
  db.insertInto('peppol_messages').values(row).execute();

export const findMessage = (db: DbOrTx, p: { companyId: string; id: string }) =>
  db
    .selectFrom('peppol_messages')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.id)
    .executeTakeFirst();

/** Compare-and-set: moves the message only from the status this run read. */
export async function moveMessage(
  db: DbOrTx,
  p: {
    companyId: string;
    id: string;
    from: string;
    values: Partial<Pick<PeppolMessagesTable, 'status' | 'message_id' | 'error'>> & { updated_at: string };
  },
): Promise<boolean> {
  const r = await db
    .updateTable('peppol_messages')
    .set(p.values)
    .where('company_id', '=', p.companyId)
    .where('id', '=', p.id)
    .where('status', '=', p.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const listMessages = (db: DbOrTx, p: { companyId: string; documentId: string }) =>
  db
    .selectFrom('peppol_messages')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('document_id', '=', p.documentId)
    .orderBy('seq')
    .execute();

// ── Received documents ──────────────────────────────────────────────────────────────────────────
export const findIncoming = (db: DbOrTx, p: { companyId: string; providerMessageId: string }) =>
  db
    .selectFrom('peppol_incoming')
    .selectAll()
    .where('company_id', '=', p.companyId)
    .where('provider_message_id', '=', p.providerMessageId)
    .executeTakeFirst();

/**
 * Records what became of a received document, once: inserts its row, or settles a `pending` one.
 * Answers false when the document was settled already (by an earlier or a concurrent run) — the
 * unique key (company_id, provider_message_id) decides, not timing.
 */
export async function settleIncoming(
  db: DbOrTx,
  p: {
    id: string;
    companyId: string;
    provider: string;
    providerMessageId: string;
    status: 'imported' | 'duplicate' | 'refused';
    purchaseInvoiceId: string | null;
    error: string | null;
    at: string;
  },
): Promise<boolean> {
  const settled = {
    status: p.status,
    purchase_invoice_id: p.purchaseInvoiceId,
    error: p.error,
    updated_at: p.at,
  };
  const r = await db
    .insertInto('peppol_incoming')
    .values({
      id: p.id,
      company_id: p.companyId,
      provider: p.provider,
      provider_message_id: p.providerMessageId,
      attempts: 1,
      created_at: p.at,
      ...settled,
    })
    .onConflict((oc) =>
      oc
        .columns(['company_id', 'provider_message_id'])
        .doUpdateSet(settled)
        .where('peppol_incoming.status', '=', 'pending'),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A received document that failed unexpectedly: counts the attempt, answers how many there were. */
export async function countIncomingAttempt(
  db: DbOrTx,
  p: {
    id: string;
    companyId: string;
    provider: string;
    providerMessageId: string;
    error: string;
    at: string;
  },
): Promise<number> {
  await db
    .insertInto('peppol_incoming')
    .values({
      id: p.id,
      company_id: p.companyId,
      provider: p.provider,
      provider_message_id: p.providerMessageId,
      status: 'pending',
      purchase_invoice_id: null,
      error: p.error,
      attempts: 1,
      created_at: p.at,
      updated_at: p.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['company_id', 'provider_message_id'])
        .doUpdateSet((eb) => ({
          attempts: eb('peppol_incoming.attempts', '+', 1),
          error: p.error,
          updated_at: p.at,
        }))
        .where('peppol_incoming.status', '=', 'pending'),
    )
    .execute();
  const row = await findIncoming(db, p);
  return row?.status === 'pending' ? row.attempts : 0;
}

/** Companies whose Peppol access point is set: the ones whose inbox the receiving sweep reads. */
export const companiesWithPeppol = async (db: DbOrTx): Promise<string[]> =>
  (
    await db
      .selectFrom('peppol_settings')
      .select('company_id')
      .where('provider', '!=', 'none')
      .orderBy('company_id')
      .execute()
  ).map((r) => r.company_id);
