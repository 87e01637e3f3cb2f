import type { Db } from '../../src/platform/db/index.js';

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
