import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

/**
 * Issue 12 §5, settings › audit log and jobs: an entry's details read as labelled values in the
 * user's language with links to what they name (the invoice, the mail), never a raw key or a UUID.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** Keys as the server stores them: none of them may reach the screen. */
const RAW_KEYS = /\b(mailId|messageId|creditNoteId|invoiceId|documentId|amountDue)\b|"\w+":/;

let e: E2E;
let companyId: string;
let cookies: Awaited<ReturnType<import('playwright-core').BrowserContext['cookies']>>;
let invoiceNumber: string;

beforeAll(async () => {
  e = await startE2E();
  const context = await e.newContext();
  const page = await context.newPage();
  const signed = await signUpWithCompany(page, {
    emailPrefix: 'audit',
    name: 'Dominique Vandenberghe',
    company: {
      name: 'Menuiserie Vandenberghe',
      country: 'BE',
      vatNumber: 'BE0417497106',
      iban: 'BE68539007547034',
      address: { line1: 'Rue de la Station 14', postalCode: '5000', city: 'Namur', country: 'BE' },
    },
  });
  companyId = signed.companyId;
  const api = `/api/v1/companies/${companyId}`;
  const post = async (path: string, data: unknown = {}) => {
    const res = await page.request.post(`${api}${path}`, { data, headers: signed.headers });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };
  const contact = await post('/contacts', {
    roles: ['customer'],
    type: 'company',
    name: 'Brasserie du Parc',
    emails: ['compta@brasserie-du-parc.example'],
    language: 'fr',
  });
  const invoice = await post('/invoices', {
    contactId: contact.id,
    lines: [
      { description: 'Pose de châssis', quantity: '6', unitPrice: '65.00', vatCategory: 'S', vatRate: '21' },
    ],
  });
  await post(`/invoices/${invoice.id}/issue`);
  await post(`/invoices/${invoice.id}/email`);
  await e.runJobs();
  const issued = await page.request.get(`${api}/invoices/${invoice.id}`);
  invoiceNumber = ((await issued.json()) as { number: string }).number;
  cookies = await context.cookies();
  await context.close();
}, 120_000);
afterAll(() => e?.close());

async function openAt(width: number, path: string): Promise<Page> {
  const context = await e.newContext({ width, height: width < 500 ? 844 : 800 });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`/c/${companyId}/${path}`);
  return page;
}

/** Opens the details of the first entry whose "View" button names `name`; returns the popover. */
async function openDetails(page: Page, name: RegExp) {
  const button = page.getByRole('button', { name }).first();
  // The one just opened: a popover closed before may still be fading out (portals append, so last).
  const popover = page.getByTestId('details-popover').filter({ visible: true }).last();
  await button.click();
  await expect.poll(() => popover.isVisible()).toBe(true);
  return popover;
}

describe.each([1280, 390])('settings details at %i px', (width) => {
  it('the audit log shows an e-mailed invoice’s details as labelled values and links', async () => {
    const page = await openAt(width, 'settings/audit');
    await page.getByRole('heading', { name: 'Journal d’audit' }).waitFor();
    const popover = await openDetails(page, /Voir le détail : Envoi par e-mail/);
    const text = (await popover.textContent()) ?? '';
    expect(text).toContain('Destinataires');
    expect(text).toContain('compta@brasserie-du-parc.example');
    expect(text).toContain('Objet');
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(RAW_KEYS);
    // The mail is a link to the outbox, named by its subject (which carries the invoice's number).
    const mailLink = popover.getByRole('link', { name: /^E-mail / });
    expect(await mailLink.getAttribute('href')).toMatch(/\/settings\/outbox\//);
    expect(await mailLink.textContent()).toContain(invoiceNumber);
    await expectAccessible(page, `audit log details at ${width}px`);
    await shot(page, `settings-audit-details-${width}`);
    await page.keyboard.press('Escape');

    // The details: statuses in words and the number.
    const issued = await openDetails(page, /Voir le détail : Émission/);
    const issuedText = (await issued.textContent()) ?? '';
    expect(issuedText).toMatch(/Avant\s*Brouillon/);
    expect(issuedText).toMatch(/Après\s*Émise/);
    expect(issuedText).toContain(invoiceNumber);
    expect(issuedText).not.toMatch(UUID);
    await page.context().close();
  });

  it('the jobs page shows a mail delivery’s details as a link to the mail, no id', async () => {
    const page = await openAt(width, 'settings/jobs');
    await page.getByRole('heading', { name: 'Tâches en arrière-plan' }).waitFor();
    const popover = await openDetails(page, /Voir le détail : Envoi d’un e-mail/);
    const text = (await popover.textContent()) ?? '';
    expect(text).toContain('E-mail');
    expect(text).toContain(invoiceNumber);
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(RAW_KEYS);
    await expectAccessible(page, `jobs details at ${width}px`);
    await shot(page, `settings-jobs-details-${width}`);
    await page.context().close();
  });
});
