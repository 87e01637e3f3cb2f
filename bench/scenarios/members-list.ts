import { z } from 'zod';
import { MemberOut } from '../../src/modules/companies/companies.schema.js';
import type { Engine } from '../../src/platform/db/index.js';
import { newId } from '../../src/shared/ids.js';
import {
  type AppUnderTest,
  errorRow,
  loadOf,
  measureBare,
  measuredRow,
  postgresSkipReason,
  skippedRow,
  withAppServer,
} from '../lib/app-vs-bare.js';
import { attempt } from '../lib/attempt.js';
import { getText, type HttpSession, postJson, signupOverHttp } from '../lib/http-session.js';
import { type Measurement, measure } from '../lib/measure.js';
import type { BenchOptions, BenchRow } from '../lib/types.js';

/**
 * An authenticated GET of a company resource list of 1,000 rows through the whole HTTP stack: session
 * cookie lookup, company access check, then the query, in which the database writes the JSON body
 * (json_group_array / json_agg) that the route sends as is. The members list is the only company list
 * today that answers every row in one response. The body is checked against the route's documented
 * schema before it is measured, since no response serializer looks at it.
 */
export const name = 'members-list-1000';

const MEMBERS = 1000;
const ROUTE = '/api/v1/companies/:companyId/members';
/** The target: the app keeps at least 40 % of the bare handler's throughput on SQLite. */
const SQLITE_TARGET = 0.4;
const SEED_ROLES = ['admin', 'accountant', 'sales', 'readonly'] as const;
const INSERT_CHUNK = 250;
/** The route's 200 schema. */
const MembersListOut = z.object({ items: z.array(MemberOut) });

interface EngineRun {
  m: Measurement;
  body: string;
  path: string;
  cookie: string;
}

export async function run(opts: BenchOptions): Promise<BenchRow[]> {
  const sqlite = await attempt(() => runEngine('sqlite', opts));
  const bare =
    sqlite instanceof Error
      ? new Error('no body to serve: the SQLite run failed')
      : await attempt(async () => ({
          m: await measureBare(
            sqlite.body,
            ROUTE,
            sqlite.path,
            { cookie: sqlite.cookie },
            opts,
            `${name}-bare`,
          ),
          bytes: bytes(sqlite),
        }));
  const baseline = bare instanceof Error ? null : bare.m;
  const pgSkip = await postgresSkipReason(opts);
  const postgres = pgSkip ? null : await attempt(() => runEngine('postgres', opts));

  return [
    bare instanceof Error
      ? errorRow(name, 'bare', bare)
      : measuredRow(name, 'bare', bare.m, bare.bytes, bare.m, null),
    sqlite instanceof Error
      ? errorRow(name, 'sqlite', sqlite)
      : measuredRow(name, 'sqlite', sqlite.m, bytes(sqlite), baseline, SQLITE_TARGET),
    postgres === null
      ? skippedRow(name, 'postgres', pgSkip ?? 'not run')
      : postgres instanceof Error
        ? errorRow(name, 'postgres', postgres)
        : measuredRow(name, 'postgres', postgres.m, bytes(postgres), baseline, null),
  ];
}

const bytes = (r: EngineRun) => Buffer.byteLength(r.body);

function runEngine(engine: Engine, opts: BenchOptions): Promise<EngineRun> {
  return withAppServer(engine, opts, `${name}-${engine}`, async (app) => {
    const baseUrl = app.server.baseUrl;
    const session = await signupOverHttp(baseUrl, {
      email: 'owner@bench.test',
      password: 'bench password 1234',
      name: 'Bench Owner',
    });
    const company = (await postJson(baseUrl, session, '/api/v1/companies', {
      name: 'Bench',
      country: 'BE',
    })) as { id: string };
    await seedMembers(app, company.id, session, MEMBERS - 1);

    const path = ROUTE.replace(':companyId', company.id);
    const body = await getText(baseUrl, session, path);
    const count = MembersListOut.parse(JSON.parse(body)).items.length;
    if (count !== MEMBERS) throw new Error(`expected ${MEMBERS} members, the API lists ${count}`);

    const m = await measure(app.server, path, { cookie: session.cookie }, loadOf(opts));
    return { m, body, path, cookie: session.cookie };
  });
}

/**
 * Inserts users and memberships directly: signing up 999 users over HTTP would spend minutes in
 * argon2. They share the owner's password hash, which the list never reads.
 */
async function seedMembers(app: AppUnderTest, companyId: string, owner: HttpSession, count: number) {
  const { password_hash } = await app.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', owner.userId)
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const users = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return {
      id: newId(),
      email: `member${n}@bench.test`,
      name: `Member ${n}`,
      password_hash,
      language: 'fr',
      totp_secret: null,
      totp_enabled: 0,
      created_at: now,
      updated_at: now,
    };
  });
  await app.db.transaction().execute(async (trx) => {
    for (let i = 0; i < users.length; i += INSERT_CHUNK) {
      const chunk = users.slice(i, i + INSERT_CHUNK);
      await trx.insertInto('users').values(chunk).execute();
      await trx
        .insertInto('memberships')
        .values(
          chunk.map((u, j) => ({
            company_id: companyId,
            user_id: u.id,
            role: SEED_ROLES[(i + j) % SEED_ROLES.length] ?? 'readonly',
            created_at: now,
          })),
        )
        .execute();
    }
  });
}
