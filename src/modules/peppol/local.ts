import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from '../../shared/ids.js';
import { BIS3_CUSTOMIZATION, CREDIT_NOTE_DOCTYPE, INVOICE_DOCTYPE, type PeppolProvider } from './provider.js';

/**
 * The access point of development and the demo: every participant is reachable, a document "sent"
 * is written to `<dir>/peppol-outbox/<companyId>/<messageId>.xml` (and is delivered once written),
 * and the files put in `<dir>/peppol-inbox/<companyId>/` are the incoming documents (acknowledged
 * ones move to `done/`).
 */
export function localProvider(dir: string, companyId: string): PeppolProvider {
  const outbox = join(dir, 'peppol-outbox', companyId);
  const inbox = join(dir, 'peppol-inbox', companyId);
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
    send: async (p) => {
      await mkdir(outbox, { recursive: true });
      const messageId = `local-${newId()}`;
      await writeFile(join(outbox, `${messageId}.xml`), p.ubl, { flag: 'wx' });
      return { messageId };
    },
    status: async (messageId) => {
      try {
        await readFile(join(outbox, `${safe(messageId)}.xml`));
        return { status: 'delivered', reason: null };
      } catch {
        return { status: 'failed', reason: 'The file is no longer in the local Peppol outbox' };
      }
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
