import { newId } from '../shared/ids.js';
import type { DbOrTx } from './db/index.js';

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

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function audit(db: DbOrTx, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      company_id: e.companyId,
      user_id: e.userId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId ?? null,
      data: e.data ? JSON.stringify(e.data) : null,
      created_at: e.at,
    })
    .execute();
}
