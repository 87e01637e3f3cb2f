import { newId } from '../shared/ids.js';
import type { DbOrTx } from './db/index.js';
import { prepareQuery } from './db/prepared.js';
import type { AuditLogTable } from './db/schema.js';

export interface AuditEntry {
  companyId: string;
  /** Null for the system (jobs, the public page). */
  userId: string | null;
  /** `entity.verb`, e.g. `invoice.issued`, `member.removed`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
  at: string;
}

const insertAudit = prepareQuery((db, r: AuditLogTable) =>
  db.insertInto('audit_log').values({
    id: r.id,
    company_id: r.company_id,
    user_id: r.user_id,
    action: r.action,
    entity_type: r.entity_type,
    entity_id: r.entity_id,
    data: r.data,
    created_at: r.created_at,
  }),
);

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function audit(db: DbOrTx, e: AuditEntry): Promise<void> {
  await insertAudit.execute(db, {
    id: newId(),
    company_id: e.companyId,
    user_id: e.userId,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId ?? null,
    data: e.data ? JSON.stringify(e.data) : null,
    created_at: e.at,
  });
}
