import type { AppContext } from '../../platform/context.js';
import { createUser } from '../auth/index.js';
import { createCompany, invite } from '../companies/index.js';

export const DEMO_LOGIN = { email: 'demo@facturex.dev', password: 'demo-facturex-2026' };

/**
 * Demo data for a first run: a user who owns a Belgian and a French company. Does nothing when the
 * installation already has a user, so restarting never duplicates it.
 */
export async function seedDemo(ctx: AppContext): Promise<{ created: boolean }> {
  const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return { created: false };
  const user = await createUser(ctx, { ...DEMO_LOGIN, name: 'Camille Demo', language: 'fr' });
  const be = await createCompany(ctx, user.id, {
    name: 'Atelier Lumière',
    legalName: 'Atelier Lumière SRL',
    country: 'BE',
    vatNumber: 'BE0403170701',
    enterpriseNumber: '0403170701',
    address: { line1: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    email: 'hello@atelier-lumiere.example',
    iban: 'BE68539007547034',
    bic: 'GEBABEBB',
    currency: 'EUR',
    timezone: 'Europe/Brussels',
    paymentReferenceKind: 'be-ogm',
  });
  await createCompany(ctx, user.id, {
    name: 'Studio Rivage',
    legalName: 'Studio Rivage SAS',
    country: 'FR',
    vatNumber: 'FR40303265045',
    enterpriseNumber: '303265045',
    address: { line1: '12 quai des Chartrons', postalCode: '33000', city: 'Bordeaux', country: 'FR' },
    iban: 'FR1420041010050500013M02606',
    currency: 'EUR',
    timezone: 'Europe/Paris',
    paymentReferenceKind: 'rf',
  });
  await invite(ctx, { userId: user.id, role: 'owner', name: user.name }, be.id, {
    email: 'comptable@fiduciaire.example',
    role: 'accountant',
  });
  return { created: true };
}
