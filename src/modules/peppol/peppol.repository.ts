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
