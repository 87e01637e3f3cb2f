import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, shot, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]/g, '');

describe('a quote sent, answered on its public page, and the answer back in the app', () => {
  it('send by e-mail → outbox → public page without JavaScript → accepted → history and notification', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId, headers } = await signUpWithCompany(page, {
      emailPrefix: 'public-quote',
      name: 'Camille',
      company: {
        name: 'Atelier Lumière',
        country: 'BE',
        vatNumber: 'BE0417497106',
        iban: 'BE68539007547034',
      },
    });
    const api = `/api/v1/companies/${companyId}`;
    const customer = await page.request.post(`${api}/contacts`, {
      data: {
        roles: ['customer'],
        name: 'Lambert Architecture',
        emails: ['sophie@lambert.example'],
        language: 'fr',
        address: { line1: 'Rue Haute 12', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      },
      headers,
    });
    expect(customer.status()).toBe(201);
    const quote = await page.request.post(`${api}/quotes`, {
      data: {
        contactId: (await customer.json()).id,
        lines: [
          {
            description: 'Étude d’éclairage',
            quantity: '2',
            unitPrice: '150',
            vatCategory: 'S',
            vatRate: '21',
          },
        ],
      },
      headers,
    });
    expect(quote.status()).toBe(201);
    const quoteId = (await quote.json()).id as string;

    // The quote gets its number and goes by e-mail in one step, through the send dialog.
    await page.goto(`/c/${companyId}/quotes/${quoteId}`);
    await page.getByRole('heading', { name: 'Offre (brouillon)', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const mailDialog = page.getByRole('dialog', { name: 'Envoyer l’offre' });
    await mailDialog.getByText('sophie@lambert.example').waitFor();
    expect(await mailDialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toMatch(/Q-\d{4}-0001/);
    await mailDialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await mailDialog.waitFor({ state: 'detached' });
    const heading = page.getByRole('heading', { name: /^Offre Q-\d{4}-0001$/, level: 1 });
    await heading.waitFor();
    const number = ((await heading.textContent()) ?? '').replace('Offre ', '');
    // No SMTP server on the test server: the worker keeps the message in the local outbox.
    await e.runJobs();

    // The outbox says that nothing leaves, and shows the message as it would have gone.
    await page.goto(`/c/${companyId}/settings/outbox`);
    await page.getByRole('heading', { name: 'Boîte d’envoi', level: 2 }).waitFor();
    await page.getByText('Les e-mails ne sont pas envoyés').waitFor();
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByText('Boîte locale').waitFor();
    expect(await row.textContent()).toContain('sophie@lambert.example');
    await expectAccessible(page);
    await shot(page, 'outbox-1280');
    await page.setViewportSize({ width: 768, height: 900 });
    await shot(page, 'outbox-768');
    await page.setViewportSize({ width: 1280, height: 800 });
    await row.getByRole('link', { name: new RegExp(number) }).click();
    await page.waitForURL(/\/settings\/outbox\/[^/]+$/);
    const message = page.getByRole('region', { name: new RegExp(number) });
    await message.getByText('Boîte locale').waitFor();
    const text = (await message.getByRole('region', { name: 'Message' }).textContent()) ?? '';
    expect(text).toContain(number);
    // The message carries the public page's real address (the preview already created the link).
    expect(text).toMatch(/https?:\/\/\S+\/p\/[A-Za-z0-9_-]{40,}/);
    const attachment = message.getByRole('link', { name: /\.pdf/ });
    const download = await page.request.get((await attachment.getAttribute('href')) as string);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    await message.getByRole('link', { name: /Ouvrir le document/ }).waitFor();
    await expectAccessible(page);
    await shot(page, 'outbox-mail-1280');

    // The link of the share dialog is the one the e-mail carries.
    await page.goto(`/c/${companyId}/quotes/${quoteId}`);
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const shareDialog = page.getByRole('dialog', { name: `Envoyer : Offre ${number}` });
    await shareDialog.getByRole('radio', { name: /Par lien public/ }).check();
    const linkField = shareDialog.getByRole('textbox', { name: 'Lien à transmettre au client' });
    await expect.poll(() => linkField.inputValue()).toMatch(/\/p\/[A-Za-z0-9_-]{20,}$/);
    const link = new URL(await linkField.inputValue());

    // The customer: a fresh browser without cookies, and without JavaScript.
    const customerContext = await e.browser.newContext({
      baseURL: e.baseUrl,
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
      locale: 'fr-BE',
    });
    const customerPage = await customerContext.newPage();
    const response = await customerPage.goto(link.pathname);
    expect(response?.status()).toBe(200);
    const body = (await customerPage.textContent('body')) ?? '';
    expect(body).toContain(number);
    expect(squash(body)).toContain('363,00€');
    await shot(customerPage, 'public-quote-1280');
    await customerPage.setViewportSize({ width: 390, height: 844 });
    await shot(customerPage, 'public-quote-390');

    // Accessibility of the same page, checked with axe in another cookie-less context (axe needs scripts).
    const auditContext = await e.newContext({ width: 390, height: 844 });
    const auditPage = await auditContext.newPage();
    await auditPage.goto(link.pathname);
    await auditPage.getByRole('button', { name: 'Accepter l’offre' }).waitFor();
    await expectAccessible(auditPage);

    // Accepting is a plain HTML form post, then a redirect to the page with the answer.
    await customerPage.getByLabel('Votre nom').fill('Sophie Lambert');
    await customerPage.getByRole('button', { name: 'Accepter l’offre' }).click();
    await customerPage.getByText('Merci, votre réponse a été transmise à Atelier Lumière.').waitFor();
    await customerPage.getByText(/Acceptée par Sophie Lambert/).waitFor();
    expect(await customerPage.getByRole('button', { name: 'Accepter l’offre' }).count()).toBe(0);
    await shot(customerPage, 'public-quote-accepted-390');
    await auditPage.reload();
    await auditPage.getByText(/Acceptée par Sophie Lambert/).waitFor();
    await expectAccessible(auditPage);
    await auditContext.close();
    await customerContext.close();

    // Back in the company's app: the bell has one unread notification that leads to the quote.
    await page.goto(`/c/${companyId}/dashboard`);
    const bell = page.getByRole('button', { name: 'Notifications : 1 non lue' });
    await bell.waitFor();
    await bell.click();
    const item = page.getByRole('button', { name: `Offre ${number} acceptée par Sophie Lambert` });
    await item.waitFor();
    await expectAccessible(page);
    await shot(page, 'bell-1280');
    await item.click();
    await page.waitForURL(new RegExp(`/quotes/${quoteId}$`));
    await heading.waitFor();
    await page.getByText('Acceptée', { exact: true }).first().waitFor();
    const history = page.getByRole('region', { name: 'Historique' });
    await history.getByText(/par Sophie Lambert/).waitFor();
    await history.getByText(/sur la page publique/).waitFor();
    await expectAccessible(page);
    // Marked as read: the count is gone.
    await page.getByRole('button', { name: 'Notifications : 1 non lue' }).click();
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await page.keyboard.press('Escape');

    // Settings › E-mail: templates with their variables and the local outbox as the destination.
    await page.goto(`/c/${companyId}/settings/mail`);
    await page.getByRole('heading', { name: 'Modèles de message', level: 2 }).waitFor();
    await page.getByText('Non envoyés : boîte d’envoi locale').waitFor();
    await page.getByText('Offre', { exact: true }).first().click();
    const subject = page.getByRole('textbox', { name: 'Objet' });
    await expect.poll(() => subject.inputValue()).toContain('{{ quote.number }}');
    await expectAccessible(page);
    await shot(page, 'mail-settings-1280');
    await page.setViewportSize({ width: 768, height: 900 });
    await shot(page, 'mail-settings-768');
    await page.setViewportSize({ width: 1280, height: 800 });
    // An unknown variable is refused by the server, with its message under the field.
    await subject.fill('Offre {{ quote.numero }}');
    await page.getByText(/Variable inconnue : quote\.numero/).waitFor();
    await page.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await expect.poll(async () => (await subject.getAttribute('aria-invalid')) === 'true').toBe(true);
    await subject.fill('Votre offre ');
    await page.getByRole('button', { name: 'Insérer quote.number' }).click();
    await expect.poll(() => subject.inputValue()).toBe('Votre offre {{ quote.number }}');
    await page.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await page.getByText('Votre texte', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Rétablir le texte par défaut' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rétablir le texte par défaut' }).click();
    await page.getByText('Texte par défaut', { exact: true }).waitFor();

    // Settings › Documents: the PDF look, saved with the other document settings.
    await page.goto(`/c/${companyId}/settings/documents`);
    await page.getByRole('heading', { name: 'Apparence des PDF', level: 2 }).waitFor();
    await page.getByRole('radio', { name: /Moderne/ }).click();
    await page.getByRole('textbox', { name: 'Couleur d’accent' }).fill('#0F766E');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Toutes les modifications sont enregistrées.').waitFor();
    const settings = await (await page.request.get(`${api}/document-settings`)).json();
    expect([settings.pdfTemplate, settings.accentColor]).toEqual(['modern', '#0f766e']);
    await expectAccessible(page);
    await shot(page, 'document-settings-1280');
    await context.close();
  });
});
