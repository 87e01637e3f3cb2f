/**
 * Writes the web app's API types from the server's own OpenAPI document: `npm run gen:api`.
 *
 * The app is built in-process (on an empty in-memory SQLite database, no web assets, no listening
 * socket), its document (`GET /api/v1/openapi.json`) goes through openapi-typescript, and the result
 * is committed as `web/src/lib/api/schema.d.ts`. test/api/openapi-types.test.ts regenerates it in
 * memory and fails when the committed file is stale.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { pino } from 'pino';
import { buildApp } from '../src/app.js';
import { systemClock } from '../src/platform/clock.js';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../web/src/lib/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run gen:api\` (scripts/gen-api.ts): do not
 * edit. Name these types through web/src/lib/api/types.ts.
 */

`;

/** The server's OpenAPI document, as GET /api/v1/openapi.json answers it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fx-openapi-'));
  const database = openDatabase({ sqliteFile: ':memory:' });
  // Fixed values: the document must not depend on who generates it (servers[].url is PUBLIC_URL).
  const config = loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://localhost:3000', LOG_LEVEL: 'silent' });
  const app = await buildApp(
    { db: database.db, engine: database.engine, config, clock: systemClock, log: pino({ level: 'silent' }) },
    { serveWeb: false },
  );
  try {
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`openapi.json answered ${res.statusCode}: ${res.body}`);
    return res.json();
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The text of web/src/lib/api/schema.d.ts for the server's current document. */
export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, await generateApiTypes());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  process.exit(0);
}
