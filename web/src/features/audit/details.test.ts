import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../lib/i18n/en.json';
import fr from '../../lib/i18n/fr.json';
import nl from '../../lib/i18n/nl.json';
import { describeDetails, humanizeKey } from './details';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const mailId = '0193a5b2-7c1d-7e3f-9a0b-1c2d3e4f5a6b';
const creditNoteId = '0193a5b2-7c1d-7e3f-9a0b-000000000001';
const reminderId = '0193a5b2-7c1d-7e3f-9a0b-000000000002';

let t: TFunction;
beforeAll(async () => {
  // The app's i18n module sets <html lang> on a language change.
  vi.stubGlobal('document', { documentElement: {} });
  await i18next.init({
    lng: 'fr',
    fallbackLng: false,
    resources: { fr: { translation: fr }, nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = i18next.t;
});

/** What a person reads: "label: value" lines, links by their subject's label. */
const lines = (details: ReturnType<typeof describeDetails>) =>
  details.map((d) => `${d.label}: ${d.value.kind === 'text' ? d.value.text : `→${d.value.subject.label}`}`);

describe('an audit entry’s details in words', () => {
  it('names an e-mailed invoice’s recipients, subject and mail, never the mail’s id', () => {
    const details = describeDetails(
      t,
      { from: null, to: ['anne@example.be', 'compta@example.be'], mailId, subject: 'Facture F-2026-0003' },
      { mailId: { type: 'mail', id: mailId, label: 'Facture F-2026-0003' } },
      { action: 'invoice.emailed' },
    );
    expect(lines(details)).toEqual([
      'Destinataires: anne@example.be, compta@example.be',
      'E-mail: →Facture F-2026-0003',
      'Objet: Facture F-2026-0003',
    ]);
  });

  it('reads a status change as statuses and a credit note as one link', () => {
    const details = describeDetails(
      t,
      { from: 'issued', to: 'paid', creditNote: 'NC-2026-0001', creditNoteId },
      { creditNoteId: { type: 'credit_note', id: creditNoteId, label: 'NC-2026-0001' } },
      { action: 'invoice.credited' },
    );
    expect(lines(details)).toEqual(['Avant: Émise', 'Après: Payée', 'Note de crédit: →NC-2026-0001']);
  });

  it('formats money with the company’s currency and leaves an unresolved id out', () => {
    const details = describeDetails(
      t,
      { reminderId, level: 2, title: 'Deuxième rappel', amountDue: '1250.5' },
      {},
      { action: 'invoice.reminder_sent', currency: 'EUR' },
    );
    const text = lines(details).join('\n');
    expect(text).not.toMatch(UUID);
    expect(lines(details)).toEqual([
      'Niveau de rappel: 2',
      'Titre: Deuxième rappel',
      `Montant dû: ${new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(1250.5)}`,
    ]);
  });

  it('names roles, languages, changed fields and VAT rates in the user’s language', async () => {
    await i18next.changeLanguage('nl');
    try {
      expect(
        lines(describeDetails(t, { from: 'sales', to: 'admin' }, {}, { action: 'member.role_changed' })),
      ).toEqual(['Voor: Verkoop', 'Na: Beheerder']);
      expect(
        lines(
          describeDetails(
            t,
            { email: 'jan@example.be', role: 'accountant', language: 'nl' },
            {},
            { action: 'invitation.invited' },
          ),
        ),
      ).toEqual(['E-mailadres: jan@example.be', 'Rol: Boekhouder', 'Taal: Nederlands']);
      expect(
        lines(describeDetails(t, { fields: ['name', 'vatNumber'] }, {}, { action: 'contact.updated' })),
      ).toEqual(['Gewijzigde velden: Naam, Vat number']);
      expect(
        lines(
          describeDetails(
            t,
            {
              rates: [
                { rate: '21', category: 'S' },
                { rate: '0', category: 'E' },
              ],
            },
            {},
            { action: 'company.vat_rates_changed', country: 'BE' },
          ),
        ),
      ).toEqual(['Aangeboden btw-tarieven: 21 %, 0 % — vrijgesteld (art. 44)']);
    } finally {
      await i18next.changeLanguage('fr');
    }
  });

  it('says a quote waits for an answer where the stored status is `sent`', () => {
    expect(
      lines(
        describeDetails(
          t,
          { from: 'draft', to: 'sent', number: 'O-2026-0001' },
          {},
          { action: 'quote.send' },
        ),
      ),
    ).toEqual(['Avant: Brouillon', 'Après: En attente de réponse', 'Numéro: O-2026-0001']);
  });

  it('humanises a key it does not know, and a conversion’s source number', () => {
    expect(humanizeKey('created_count')).toBe('Created count');
    expect(humanizeKey('vatNumber')).toBe('Vat number');
    expect(
      lines(describeDetails(t, { from: 'D-2026-0004', type: 'deposit' }, {}, { action: 'invoice.created' })),
    ).toEqual(['Établi à partir de: D-2026-0004', 'Type: Acompte']);
  });

  it('formats a payment’s amount in its own currency', () => {
    expect(
      lines(
        describeDetails(
          t,
          { amount: '121.00', currency: 'USD' },
          {},
          { action: 'payment.deleted', currency: 'EUR' },
        ),
      ),
    ).toEqual([
      `Montant: ${new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'USD' }).format(121)}`,
      'Devise: USD',
    ]);
  });

  it('shows a scalar or a boolean as a value, and nothing for an id alone', () => {
    expect(lines(describeDetails(t, { permanent: true }, {}, { action: 'invoice.mail_failed' }))).toEqual([
      'Échec définitif: Oui',
    ]);
    expect(describeDetails(t, { invitationId: reminderId }, {}, { action: 'member.joined' })).toEqual([]);
  });
});
