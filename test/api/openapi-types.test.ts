import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, openApiDocument, SCHEMA_FILE } from '../../scripts/gen-api.js';

describe('web API types', () => {
  it('are generated from the server’s current OpenAPI document (else: run npm run gen:api)', async () => {
    const fresh = await generateApiTypes();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // One assertion on the whole text would print 6 000 lines; name the first line that differs.
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = b.findIndex((l, i) => l !== a[i]);
    expect(
      line === -1 && a.length === b.length,
      `web/src/lib/api/schema.d.ts is stale at line ${line + 1} ("${a[line] ?? ''}" should be "${b[line] ?? ''}"): run npm run gen:api`,
    ).toBe(true);
  });

  it('describes a JSON body for every successful answer the web app reads', async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>>;
    };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          // Bodiless answers (204, 202) and files (PDF, logo, attachments: sent raw) aside.
          if (!status.startsWith('2') || response.content) continue;
          if (/^(Accepted|No content)$/.test((response as { description?: string }).description ?? ''))
            continue;
          if (/\/(pdf|ubl|facturx|logo|attachments\/\{attachmentId\})$/.test(path) && method === 'get')
            continue;
          missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
