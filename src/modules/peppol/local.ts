import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BIS3_CUSTOMIZATION, CREDIT_NOTE_DOCTYPE, INVOICE_DOCTYPE, type PeppolProvider } from './provider.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * The access point of development and the demo: every participant is reachable, a document "sent"
 * is prepared in `<dir>/peppol-prepared/<companyId>/`, moved to
 * `<dir>/peppol-outbox/<companyId>/<messageId>.xml` when transmitted (and is delivered once there),
 * and the files put in `<dir>/peppol-inbox/<companyId>/` are the incoming documents (acknowledged
 * ones move to `done/`).
 */
export function localProvider(dir: string, companyId: string): PeppolProvider {
  const outbox = join(dir, 'peppol-outbox', companyId);
  const inbox = join(dir, 'peppol-inbox', companyId);
  const drafts = join(dir, 'peppol-prepared', companyId);
  const safe = (id: string) => {
    if (!/^[A-Za-z0-9._-]+$/.test(id) || id.startsWith('.')) throw new Error(`Not a local message id: ${id}`);
    return id;
  };
  return {
    name: 'local',
    lookupParticipant: async () => ({
      reachable: true,
      documentTypes: [
        `${INVOICE_DOCTYPE}::${BIS3_CUSTOMIZATION}`,
        `${CREDIT_NOTE_DOCTYPE}::${BIS3_CUSTOMIZATION}`,
      ],
    }),
    registerReceiver: async () => {
      await mkdir(inbox, { recursive: true });
      return { registered: true, reason: null };
    },
    prepare: async (p) => {
      await mkdir(drafts, { recursive: true });
      const documentId = `local-${safe(p.reference)}`;
      await writeFile(join(drafts, `${documentId}.xml`), p.ubl);
      return { documentId };
    },
    transmit: async (p) => {
      await mkdir(outbox, { recursive: true });
      try {
        await rename(join(drafts, `${safe(p.documentId)}.xml`), join(outbox, `${p.documentId}.xml`));
      } catch (e) {
        // Moved by an earlier try whose answer was lost: it is sent already, once.
        if (!(await exists(join(outbox, `${p.documentId}.xml`)))) throw e;
      }
      return { messageId: p.documentId };
    },
    status: async (messageId) => {
      if (await exists(join(outbox, `${safe(messageId)}.xml`))) return { status: 'delivered', reason: null };
      if (await exists(join(drafts, `${messageId}.xml`))) return { status: 'queued', reason: null };
      return { status: 'failed', reason: 'The file is no longer in the local Peppol outbox' };
    },
    listIncoming: async () => {
      try {
        return (await readdir(inbox, { withFileTypes: true }))
          .filter((f) => f.isFile() && f.name.endsWith('.xml'))
          .map((f) => f.name.slice(0, -4))
          .sort();
      } catch {
        return [];
      }
    },
    fetchIncoming: async (id) => readFile(join(inbox, `${safe(id)}.xml`)),
    acknowledge: async (id) => {
      await mkdir(join(inbox, 'done'), { recursive: true });
      await rename(join(inbox, `${safe(id)}.xml`), join(inbox, 'done', `${safe(id)}.xml`));
    },
  };
}
