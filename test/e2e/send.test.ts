import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtp, startSmtp } from '../jobs/smtp.js';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
let smtp: FakeSmtp;
beforeAll(async () => {
  e = await startE2E();
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.stop();
  await e?.close();
});

const line = {
  description: 'Étude d’éclairage',
  quantity: '2',
  unitPrice: '150',
  vatCategory: 'S',
  vatRate: '21',
};

/** A company with one customer and one draft of `kind`, opened in the app at `width`. */
async function draftOpen(kind: 'quotes' | 'invoices', width: number, prefix: string, language?: 'nl' | 'en') {
  const context = await e.newContext({ width, height: width < 500 ? 844 : 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const { companyId, headers } = await signUpWithCompany(page, {
    emailPrefix: prefix,
    name: 'Camille',
    company: { name: 'Atelier Lumière', country: 'BE', vatNumber: 'BE0417497106', iban: 'BE68539007547034' },
  });
  const api = `/api/v1/companies/${companyId}`;
  const customer = await page.request.post(`${api}/contacts`, {
    data: {
      roles: ['customer'],
      name: 'Lambert Architecture',
      emails: ['sophie@lambert.example'],
      language: 'fr',
    },
    headers,
  });
  expect(customer.status()).toBe(201);
  const draft = await page.request.post(`${api}/${kind}`, {
    data: { contactId: (await customer.json()).id, lines: [line] },
    headers,
  });
  expect(draft.status()).toBe(201);
  const id = (await draft.json()).id as string;
  if (language)
    expect((await page.request.patch('/api/v1/me', { data: { language }, headers })).status()).toBe(200);
  await page.goto(`/c/${companyId}/${kind}/${id}`);
  await page.getByRole('heading', { level: 1, name: /brouillon|concept|draft/i }).waitFor();
  return { context, page, companyId, api, id };
}

/**
 * At 390 px, axe as everywhere, except the document's lines table behind the dialog: a sideways
 * scrolling table without keyboard access, which the phone layout (issue 12, point 1) replaces.
 */
const statusOf = async (page: Page, path: string) =>
  (await (await page.request.get(path)).json()) as {
    status: string;
    number: string | null;
    events: { action: string }[];
  };

describe('sending is one act: number and deliver in one dialog', () => {
  it('sends a quote by e-mail: numbered, queued, and the message reaches the mail server with its PDF', async () => {
    e.ctx.config.smtpUrl = smtp.url;
    try {
      const { context, page, api, id } = await draftOpen('quotes', 1280, 'send-quote');
      await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Envoyer l’offre' });
      // The numbering notice, the choice of delivery and the message, in one place.
      await dialog.getByText(/reçoit le numéro Q-\d{4}-0001/).waitFor();
      expect(await dialog.getByRole('radio', { name: /Par e-mail/ }).isChecked()).toBe(true);
      await dialog.getByText('sophie@lambert.example').waitFor();
      expect(await dialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toMatch(/Q-\d{4}-0001/);
      await dialog.getByText(/Pièces jointes : Q-\d{4}-0001\.pdf/).waitFor();
      await expect.poll(() => dialog.getByText('Aucun serveur d’envoi configuré').count()).toBe(0);
      await expectAccessible(page, 'send dialog, quote by e-mail');
      await shot(page, 'send-quote-dialog-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await expectAccessible(page, 'send dialog at 390 px');
      await shot(page, 'send-quote-dialog-390');
      await page.setViewportSize({ width: 1280, height: 800 });

      await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      // The toast says what happened: numbered, and the e-mail queued — not "sent".
      const toast = page.getByText(/^Offre Q-\d{4}-0001 numérotée — e-mail en file d’envoi\.$/);
      await toast.waitFor();
      const heading = page.getByRole('heading', { name: /^Offre Q-\d{4}-0001$/, level: 1 });
      await heading.waitFor();
      const number = ((await heading.textContent()) ?? '').replace('Offre ', '');
      await page.getByText('E-mail mis en file d’envoi', { exact: true }).waitFor();
      // The badge does not claim "sent" either: a numbered quote awaits its answer, however it went.
      await page.getByText('En attente de réponse', { exact: true }).first().waitFor();
      expect(await page.getByText('Envoyée', { exact: true }).count()).toBe(0);

      await e.runJobs();
      const mail = smtp.received.find((m) => m.headers.subject?.includes(number));
      expect(mail?.envelopeTo).toEqual(['sophie@lambert.example']);
      expect(mail?.attachments.map((a) => a.filename)).toEqual([`${number}.pdf`]);
      const quote = await statusOf(page, `${api}/quotes/${id}`);
      expect(quote.events.map((x) => x.action)).toEqual(['created', 'send', 'emailed', 'mail_delivered']);
      await page.reload();
      await page.getByText('E-mail remis au serveur d’envoi', { exact: true }).waitFor();
      await expectAccessible(page, 'quote after sending');
      await shot(page, 'send-quote-sent-1280');
      await context.close();
    } finally {
      e.ctx.config.smtpUrl = undefined;
    }
  });

  it('sends an invoice by public link at 390 px: issued, not sent, and the copied link opens the customer’s page', async () => {
    const { context, page, api, id } = await draftOpen('invoices', 390, 'send-link');
    await page.getByRole('button', { name: 'Émettre et envoyer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre et envoyer la facture' });
    await dialog.getByText(/reçoit le numéro F-\d{4}-00001/).waitFor();
    await dialog.getByRole('radio', { name: /Par lien public/ }).check();
    await expectAccessible(page, 'send dialog, link');
    await shot(page, 'send-invoice-link-390');
    await dialog.getByRole('button', { name: 'Créer le lien' }).click();
    await page.getByText(/^Facture F-\d{4}-00001 émise — lien copié\.$/).waitFor();
    // The dialog stays on the new link, to copy again or open.
    const ready = page.getByRole('dialog', { name: /^Envoyer : Facture F-\d{4}-00001$/ });
    const field = ready.getByRole('textbox', { name: 'Lien à transmettre au client' });
    await expect.poll(() => field.inputValue()).toMatch(/\/p\/[A-Za-z0-9_-]{20,}$/);
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toBe(await field.inputValue());
    await expectAccessible(page, 'link ready');
    await shot(page, 'send-invoice-link-ready-390');
    await ready.getByRole('button', { name: 'Terminé' }).click();
    await ready.waitFor({ state: 'detached' });

    const invoice = await statusOf(page, `${api}/invoices/${id}`);
    expect(invoice.status).toBe('issued');
    expect(invoice.events.map((x) => x.action)).toEqual(['created', 'issue', 'link_shared']);
    await page.getByText('Lien public partagé', { exact: true }).waitFor();

    const customer = await e.browser.newContext({
      baseURL: e.baseUrl,
      viewport: { width: 390, height: 844 },
    });
    const customerPage = await customer.newPage();
    const response = await customerPage.goto(new URL(copied).pathname);
    expect(response?.status()).toBe(200);
    expect(await customerPage.textContent('body')).toContain(invoice.number as string);
    await customer.close();
    await context.close();
  });

  it('lets the user send it themselves: issued, and the PDF downloaded', async () => {
    const { context, page, api, id } = await draftOpen('invoices', 1280, 'send-myself');
    await page.getByRole('button', { name: 'Émettre et envoyer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre et envoyer la facture' });
    await dialog.getByRole('radio', { name: /Je l’envoie moi-même/ }).check();
    await dialog.getByText(/marquez-la ensuite comme envoyée/).waitFor();
    await expectAccessible(page, 'send dialog, myself');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Télécharger le PDF' }).click(),
    ]);
    await page.getByText(/^Facture F-\d{4}-00001 émise — PDF téléchargé\.$/).waitFor();
    const invoice = await statusOf(page, `${api}/invoices/${id}`);
    expect(invoice.status).toBe('issued');
    expect(download.suggestedFilename()).toBe(`${invoice.number}.pdf`);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.getByText('PDF téléchargé, à envoyer par vos soins', { exact: true }).waitFor();
    await page.getByText('Émise', { exact: true }).first().waitFor();
    await shot(page, 'send-invoice-myself-1280');
    await context.close();
  });

  it('says the e-mail will stay in the outbox when no mail server is set up, and links to the settings', async () => {
    const { context, page, api, id, companyId } = await draftOpen('invoices', 390, 'send-local');
    await page.getByRole('button', { name: 'Émettre et envoyer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre et envoyer la facture' });
    const notice = dialog.getByText(/L’e-mail restera dans la boîte d’envoi de Facturex/);
    await notice.waitFor();
    const settings = dialog.getByRole('link', { name: 'Configurer l’envoi des e-mails' });
    expect(await settings.getAttribute('href')).toBe(`/c/${companyId}/settings/mail`);
    await expectAccessible(page, 'no mail server notice');
    await shot(page, 'send-no-server-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'send-no-server-1280');

    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page
      .getByText(
        /^Facture F-\d{4}-00001 émise — e-mail gardé dans la boîte d’envoi \(aucun serveur d’envoi\)\.$/,
      )
      .waitFor();
    await e.runJobs();
    const invoice = await statusOf(page, `${api}/invoices/${id}`);
    expect(invoice.status).toBe('issued');
    expect(invoice.events.map((x) => x.action)).toEqual(['created', 'issue', 'emailed', 'mail_kept']);
    const outbox = await (await page.request.get(`${api}/mail-outbox`)).json();
    expect(outbox.items[0]).toMatchObject({ status: 'local', entityId: id });

    // Already issued: the same dialog, without the numbering part.
    await page.reload();
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const again = page.getByRole('dialog', { name: `Envoyer : Facture ${invoice.number}` });
    await again.getByRole('radio', { name: /Par e-mail/ }).waitFor();
    expect(await again.getByText(/reçoit le numéro/).count()).toBe(0);
    await again.getByRole('link', { name: 'Configurer l’envoi des e-mails' }).click();
    await page.waitForURL(new RegExp(`/c/${companyId}/settings/mail$`));
    await context.close();
  });

  it('speaks Dutch and English', async () => {
    for (const [language, button, title, myself] of [
      ['nl', 'Uitreiken en verzenden', 'Factuur uitreiken en verzenden', /Ik verstuur het zelf/],
      ['en', 'Issue and send', 'Issue and send the invoice', /I’ll send it myself/],
    ] as const) {
      const { context, page } = await draftOpen('invoices', 1280, `send-${language}`, language);
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.getByRole('radio', { name: myself }).check();
      await expectAccessible(page, `send dialog in ${language}`);
      await shot(page, `send-dialog-${language}-1280`);
      await context.close();
    }
  });
});
