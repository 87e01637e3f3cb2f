import type { AppContext } from '../../platform/context.js';
import { addDays, todayIn } from '../../shared/dates.js';
import { createUser } from '../auth/index.js';
import { CreateCategoryBody, CreateProductBody, createCategory, createProduct } from '../catalog/index.js';
import { type Actor, createCompany, invite } from '../companies/index.js';
import { CreateContactBody, createContact } from '../contacts/index.js';
import {
  applyAction,
  CreateDocumentBody,
  createDocument,
  creditNoteFrom,
  finalizeDocument,
  getDocument,
  invoiceFrom,
} from '../documents/index.js';
import { CreateRecurringBody, createProfile, runRecurring } from '../recurring/index.js';
import { createReminder, sendReminder } from '../reminders/index.js';
import { type DemoPaidInvoice, seedDemoBanking } from './seed-banking.js';

export const DEMO_LOGIN = { email: 'demo@facturex.dev', password: 'demo-facturex-2026' };
export const DEMO_COMPANIES = ['Atelier Lumière', 'Studio Rivage'];

/** Demo companies keep all their mail in the local outbox: their addresses are made up. */
const DEMO = { demo: true };

/**
 * Demo data for a first run: a user who owns a Belgian and a French company; the Belgian one has
 * customers, a catalogue, quotes, invoices (one overdue with a first reminder sent, one credited) and
 * a credit note to explore. Does nothing when the installation already has a user, so restarting
 * never duplicates it. Its companies are marked demo: the invitation and the reminder it sends, and
 * whatever a visitor sends from them later, stay in the local outbox even when SMTP is configured.
 */
export async function seedDemo(ctx: AppContext): Promise<{ created: boolean }> {
  const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return { created: false };
  const user = await createUser(
    ctx,
    { ...DEMO_LOGIN, name: 'Camille Demo', language: 'fr' },
    { verified: true },
  );
  const be = await createCompany(
    ctx,
    user.id,
    {
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
    },
    DEMO,
  );
  await createCompany(
    ctx,
    user.id,
    {
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
    },
    DEMO,
  );
  const actor = { userId: user.id, name: user.name, role: 'owner' as const };
  await invite(ctx, { userId: user.id, role: 'owner', name: user.name, language: user.language }, be.id, {
    email: 'comptable@fiduciaire.example',
    role: 'accountant',
  });
  await seedBelgianCompany(ctx, actor, be.id);
  return { created: true };
}

async function seedBelgianCompany(ctx: AppContext, actor: Actor, companyId: string) {
  const contact = (body: unknown) => createContact(ctx, actor, companyId, CreateContactBody.parse(body));
  const brasserie = await contact({
    roles: ['customer'],
    name: 'Brasserie du Parc',
    legalName: 'Brasserie du Parc SRL',
    vatNumber: 'BE0403199702',
    emails: ['compta@brasserieduparc.example'],
    language: 'fr',
    paymentTermsDays: 30,
    address: { line1: 'Avenue Louise 120', postalCode: '1050', city: 'Ixelles', country: 'BE' },
    persons: [{ name: 'Sophie Lambert', role: 'Gérante', email: 'sophie@brasserieduparc.example' }],
    tags: ['horeca'],
  });
  const drukkerij = await contact({
    roles: ['customer', 'supplier'],
    name: 'Drukkerij Van Damme',
    legalName: 'Drukkerij Van Damme BV',
    vatNumber: 'BE0417497106',
    emails: ['boekhouding@vandamme.example'],
    language: 'nl',
    paymentTermsDays: 14,
    address: { line1: 'Veldstraat 42', postalCode: '9000', city: 'Gent', country: 'BE' },
  });
  const utrecht = await contact({
    roles: ['customer'],
    name: 'Lichtwerk Utrecht',
    legalName: 'Lichtwerk Utrecht BV',
    vatNumber: 'NL123456782B90',
    emails: ['finance@lichtwerk.example'],
    language: 'en',
    address: { line1: 'Oudegracht 10', postalCode: '3511 AP', city: 'Utrecht', country: 'NL' },
  });
  await contact({
    roles: ['customer'],
    type: 'person',
    name: 'Élodie Marchand',
    emails: ['elodie.marchand@example.com'],
    language: 'fr',
    address: { line1: 'Rue Haute 5', postalCode: '4000', city: 'Liège', country: 'BE' },
  });

  const category = (body: unknown) => createCategory(ctx, actor, companyId, CreateCategoryBody.parse(body));
  const services = await category({ name: 'Services' });
  const lighting = await category({ name: 'Luminaires' });
  const pendants = await category({ name: 'Suspensions', parentId: lighting.id });
  const product = (body: unknown) => createProduct(ctx, actor, companyId, CreateProductBody.parse(body));
  const design = await product({
    kind: 'service',
    sku: 'SRV-DESIGN',
    names: { fr: 'Étude d’éclairage', nl: 'Lichtstudie', en: 'Lighting design study' },
    unitCode: 'HUR',
    unitPrice: '85.00',
    categoryId: services.id,
  });
  const install = await product({
    kind: 'service',
    sku: 'SRV-INSTALL',
    names: { fr: 'Installation sur site', nl: 'Installatie ter plaatse', en: 'On-site installation' },
    unitCode: 'HUR',
    unitPrice: '65.00',
    categoryId: services.id,
  });
  const pendant = await product({
    sku: 'LUM-SUSP-01',
    names: { fr: 'Suspension laiton Ø40', nl: 'Hanglamp messing Ø40', en: 'Brass pendant Ø40' },
    unitPrice: '349.00',
    categoryId: pendants.id,
  });
  const bulb = await product({
    sku: 'LUM-LED-E27',
    names: { fr: 'Ampoule LED E27 2700K', nl: 'LED-lamp E27 2700K', en: 'LED bulb E27 2700K' },
    unitPrice: '7.9500',
    categoryId: lighting.id,
  });

  const today = todayIn('Europe/Brussels', ctx.clock.now());
  const doc = (kind: 'quote' | 'invoice', body: unknown) =>
    createDocument(ctx, actor, companyId, kind, CreateDocumentBody.parse(body));

  // Invoices issued in date order (numbering is chronological): an overdue one, a paid-by-credit one, a recent one.
  const overdue = await doc('invoice', {
    contactId: drukkerij.id,
    subject: 'Éclairage de l’atelier',
    lines: [
      { productId: design.id, quantity: '6' },
      { productId: pendant.id, quantity: '4' },
    ],
  });
  await finalizeDocument(ctx, actor, companyId, 'invoice', overdue.id, { issueDate: addDays(today, -45) });
  // The overdue invoice already had its first reminder, mailed like any other (to the local outbox
  // unless an SMTP server is configured); the next one from its page is the second.
  const reminder = await createReminder(ctx, actor, companyId, overdue.id, { level: 1 });
  await sendReminder(ctx, actor, companyId, reminder.id, {});
  const credited = await doc('invoice', {
    contactId: brasserie.id,
    subject: 'Remplacement des ampoules',
    lines: [
      { productId: bulb.id, quantity: '40' },
      { productId: install.id, quantity: '3' },
    ],
  });
  await finalizeDocument(ctx, actor, companyId, 'invoice', credited.id, { issueDate: addDays(today, -20) });
  const note = await creditNoteFrom(ctx, actor, companyId, credited.id, {
    mode: 'lines',
    lines: [{ lineId: credited.lines[0]?.id ?? '', quantity: '10' }],
    reason: 'Ampoules retournées',
  });
  await finalizeDocument(ctx, actor, companyId, 'credit_note', note.id, { issueDate: addDays(today, -18) });
  const intraEu = await doc('invoice', {
    contactId: utrecht.id,
    language: 'en',
    lines: [{ productId: pendant.id, quantity: '12', vatCategory: 'K', vatRate: '0' }],
  });
  await finalizeDocument(ctx, actor, companyId, 'invoice', intraEu.id, { issueDate: addDays(today, -3) });

  // Quotes: one accepted with a deposit invoiced, one sent, one draft.
  const accepted = await doc('quote', {
    contactId: brasserie.id,
    subject: 'Rénovation de la salle',
    lines: [
      { productId: design.id, quantity: '12' },
      { productId: pendant.id, quantity: '8', discountPercent: '5' },
      { productId: install.id, quantity: '16' },
    ],
  });
  await finalizeDocument(ctx, actor, companyId, 'quote', accepted.id, { issueDate: addDays(today, -10) });
  await applyAction(ctx, actor, companyId, 'quote', accepted.id, 'accept');
  const deposit = await invoiceFrom(ctx, actor, companyId, 'quote', accepted.id, {
    type: 'deposit',
    percent: '30',
  });
  // Issued two days ago: yesterday's bank statement pays it (see seed-banking.ts).
  await finalizeDocument(ctx, actor, companyId, 'invoice', deposit.id, { issueDate: addDays(today, -2) });
  const sent = await doc('quote', {
    contactId: drukkerij.id,
    language: 'nl',
    lines: [{ productId: design.id, quantity: '4' }],
  });
  await finalizeDocument(ctx, actor, companyId, 'quote', sent.id, {});
  await doc('quote', {
    contactId: utrecht.id,
    language: 'en',
    lines: [{ productId: bulb.id, quantity: '200', vatCategory: 'K', vatRate: '0' }],
  });

  // Recurring invoices: a monthly maintenance made as a draft for review (this month's is there
  // already), and a lighting rental issued and e-mailed on each month's last day, in arrears.
  const month = `${today.slice(0, 7)}-01`;
  const profile = (body: unknown) => createProfile(ctx, actor, companyId, CreateRecurringBody.parse(body));
  await profile({
    contactId: brasserie.id,
    name: 'Maintenance de l’éclairage',
    currency: 'EUR',
    lines: [
      {
        description: 'Maintenance de l’éclairage — {{period}}',
        productId: install.id,
        quantity: '2',
        unitPrice: '65.00',
        vatCategory: 'S',
        vatRate: '21',
        followCatalogPrice: true,
      },
    ],
    notes: 'Période : du {{periodStart}} au {{periodEnd}}.',
    schedule: {
      frequency: 'month',
      dayOfMonth: 1,
      startDate: month,
      timeOfDay: '07:00',
      timeZone: 'Europe/Brussels',
    },
  });
  await profile({
    contactId: drukkerij.id,
    name: 'Verhuur verlichting',
    currency: 'EUR',
    lines: [
      {
        description: 'Verhuur hanglampen — {{month}}',
        quantity: '6',
        unitPrice: '18.00',
        vatCategory: 'S',
        vatRate: '21',
      },
    ],
    mode: 'issue_and_send',
    schedule: {
      frequency: 'month',
      dayOfMonth: 'last',
      billing: 'arrears',
      startDate: month,
      timeOfDay: '18:00',
      timeZone: 'Europe/Brussels',
    },
  });
  await runRecurring(ctx, companyId);

  const paid = async (id: string): Promise<DemoPaidInvoice> => {
    const d = await getDocument(ctx, companyId, 'invoice', id);
    return { number: d.number ?? '', amount: d.totals.payable, paymentReference: d.paymentReference };
  };
  await seedDemoBanking(
    ctx,
    { companyId, userId: actor.userId, role: actor.role },
    {
      today,
      iban: 'BE68539007547034',
      byReference: await paid(deposit.id),
      byNumber: await paid(intraEu.id),
      withoutReference: await paid(overdue.id),
    },
  );
}
