import { pino } from 'pino';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Database, Db, Engine } from '../../src/platform/db/index.js';
import type { ContactsTable } from '../../src/platform/db/schema.js';

/** A Belgian company row for service-level scenarios (no user, no HTTP). */
export async function insertBenchCompany(db: Db, id: string): Promise<void> {
  const stamp = new Date().toISOString();
  await db
    .insertInto('companies')
    .values({
      id,
      name: 'Bench',
      legal_name: 'Bench SRL',
      country: 'BE',
      vat_number: 'BE0417497106',
      enterprise_number: '0417497106',
      address_line1: 'Rue de la Loi 16',
      address_line2: null,
      postal_code: '1000',
      city: 'Bruxelles',
      address_country: 'BE',
      email: null,
      phone: null,
      iban: 'BE68539007547034',
      bic: null,
      currency: 'EUR',
      timezone: 'Europe/Brussels',
      payment_reference_kind: 'be-ogm',
      number_formats: null,
      payment_terms_days: 30,
      quote_validity_days: 30,
      vat_regime: 'standard',
      pdf_template: 'classic',
      accent_color: null,
      logo: null,
      logo_mime: null,
      vat_rates: null,
      created_at: stamp,
      updated_at: stamp,
      demo: 0,
    })
    .execute();
}

/** What a service-level scenario calls the services with: the bench database, system clock, no logs. */
export const benchContext = (database: Database, engine: Engine): AppContext => ({
  db: database.db,
  engine,
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  clock: systemClock,
  log: pino({ level: 'silent' }),
});

/** A user row (no password to check: service scenarios act as this user without signing in). */
export async function insertBenchUser(db: Db, id: string): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id,
      email: `${id}@example.test`,
      name: 'Bench',
      password_hash: 'x',
      language: 'en',
      totp_secret: null,
      totp_enabled: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** A Belgian company customer, as the contacts service stores one ("Client SA", billing@client.test). */
export const benchCustomer = (
  companyId: string,
  id: string,
  over: { name?: string; emails?: string[]; vatNumber?: string | null } = {},
): ContactsTable => {
  const now = new Date().toISOString();
  const name = over.name ?? 'Client SA';
  return {
    id,
    company_id: companyId,
    is_customer: 1,
    is_supplier: 0,
    type: 'company',
    name,
    legal_name: name,
    vat_number: over.vatNumber === undefined ? 'BE0403199702' : over.vatNumber,
    enterprise_number: null,
    emails: JSON.stringify(over.emails ?? ['billing@client.test']),
    phone: null,
    website: null,
    language: 'fr',
    payment_terms_days: 30,
    currency: 'EUR',
    iban: null,
    bic: null,
    peppol_id: null,
    delivery_preference: 'auto',
    address_line1: 'Rue X 1',
    address_line2: null,
    postal_code: '4000',
    city: 'Liège',
    country: 'BE',
    delivery_line1: null,
    delivery_line2: null,
    delivery_postal_code: null,
    delivery_city: null,
    delivery_country: null,
    tags: '[]',
    notes: null,
    archived: 0,
    search_text: name.toLowerCase(),
    created_at: now,
    updated_at: now,
  };
};

/**
 * The set-up most service scenarios share: a company `bench-company`, a user `bench-user` and one
 * customer `bench-customer`.
 */
export async function seedBenchCompany(ctx: AppContext) {
  const companyId = 'bench-company';
  const userId = 'bench-user';
  await insertBenchCompany(ctx.db, companyId);
  await insertBenchUser(ctx.db, userId);
  await ctx.db.insertInto('contacts').values(benchCustomer(companyId, 'bench-customer')).execute();
  return { companyId, userId, customerId: 'bench-customer', actor: { userId } };
}
