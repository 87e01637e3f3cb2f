import type { AppContext } from '../../platform/context.js';
import { contentHash } from './document-chain.js';
import type { DocumentKind } from './document-status.js';
import * as repo from './documents.repository.js';

/**
 * Walks the company's chain of issued documents in order, recomputing each content hash from the
 * stored rows and checking each link to the previous hash. The first mismatch is reported.
 */
export async function verifyChain(ctx: AppContext, companyId: string) {
  let previousHash: string | null = null;
  let expectedIndex = 1;
  let count = 0;
  for (;;) {
    const batch = await repo.chainDocuments(ctx.db, { companyId, afterIndex: expectedIndex - 1, limit: 500 });
    if (batch.length === 0) break;
    const lines = await repo.listLines(ctx.db, { companyId, documentIds: batch.map((d) => d.id) });
    for (const doc of batch) {
      const broken = (reason: string) => ({
        valid: false,
        documents: count,
        brokenAt: {
          id: doc.id,
          kind: doc.kind as DocumentKind,
          number: doc.number,
          chainIndex: doc.chain_index ?? 0,
          reason,
        },
      });
      if (doc.chain_index !== expectedIndex)
        return broken(`Document ${expectedIndex} of the chain is missing`);
      if (doc.previous_hash !== previousHash)
        return broken('The link to the previous document does not match');
      const vat = await repo.listVat(ctx.db, { companyId, documentId: doc.id });
      const hash = contentHash(
        doc,
        lines.filter((l) => l.document_id === doc.id),
        vat,
      );
      if (hash !== doc.content_hash) return broken('The content does not match its hash');
      previousHash = doc.content_hash;
      expectedIndex++;
      count++;
    }
  }
  const head = await repo.chainHead(ctx.db, { companyId });
  // A document removed from the end of the chain: the head still remembers it.
  if (head && (head.last_index !== count || head.last_hash !== previousHash))
    return {
      valid: false,
      documents: count,
      brokenAt: {
        id: null,
        kind: null,
        number: null,
        chainIndex: head.last_index,
        reason: 'The last documents of the chain are missing',
      },
    };
  return { valid: true, documents: count, brokenAt: null };
}
