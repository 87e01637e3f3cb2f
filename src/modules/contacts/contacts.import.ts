import type { core } from 'zod';
import type { DbOrTx } from '../../platform/db/index.js';
import { localizeIssue } from '../../platform/http/validation.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import {
  readBoolean,
  readChoice,
  readCountry,
  readCurrency,
  readInteger,
  readList,
  wordKey,
} from '../../shared/import-cells.js';
import { type MessageLanguage, translate } from '../../shared/messages.js';
import * as repo from './contacts.repository.js';
import { CreateContactBody } from './contacts.schema.js';
import { newContactRow } from './contacts.service.js';

/**
 * CSV import of contacts: the fields (named as the export's columns, so an exported file re-imports
 * as is), how a row's cells become the create endpoint's input, and the checks across rows.
 * Existing contacts are never changed: a VAT number already in the company, or twice in the file,
 * is an error on that row. Rows without a role become customers.
 */

const F = (key: string, aliases: string[], required = false) => ({ key, aliases, required });

export const CONTACT_IMPORT_FIELDS = [
  F(
    'name',
    [
      'nom',
      'naam',
      'company',
      'companyname',
      'entreprise',
      'societe',
      'nomentreprise',
      'nomdelentreprise',
      'bedrijf',
      'bedrijfsnaam',
      'firma',
      'firmanaam',
      'organisation',
      'organization',
      'organisatie',
      'client',
      'klant',
      'customer',
      'contact',
      'contactname',
      'displayname',
    ],
    true,
  ),
  F('roles', ['role', 'rôle', 'rol', 'rollen', 'relation', 'relatie']),
  F('type', ['kind', 'contacttype', 'typedecontact', 'typecontact', 'soort']),
  F('legalName', [
    'raisonsociale',
    'denominationsociale',
    'denomination',
    'nomlegal',
    'juridischenaam',
    'officielenaam',
    'statutairenaam',
  ]),
  F('vatNumber', [
    'vat',
    'vatno',
    'vatnr',
    'vatid',
    'vatcode',
    'tva',
    'numerotva',
    'numerodetva',
    'notva',
    'ntva',
    'numtva',
    'tvaintracom',
    'tvaintracommunautaire',
    'btw',
    'btwnummer',
    'btwnr',
    'btwno',
    'ustidnr',
    'ustid',
  ]),
  F('enterpriseNumber', [
    'companynumber',
    'registrationnumber',
    'numeroentreprise',
    'numerodentreprise',
    'bce',
    'numerobce',
    'kbo',
    'kbonummer',
    'ondernemingsnummer',
    'siren',
    'kvk',
    'kvknummer',
  ]),
  F('emails', [
    'email',
    'e-mail',
    'mail',
    'courriel',
    'adresseemail',
    'adressemail',
    'emailaddress',
    'emailadres',
    'mails',
  ]),
  F('phone', ['telephone', 'tel', 'telefoon', 'telefoonnummer', 'gsm', 'mobile', 'portable', 'phonenumber']),
  F('website', ['web', 'site', 'siteweb', 'siteinternet', 'url', 'webadres', 'homepage', 'webpagina']),
  F('language', ['langue', 'taal', 'lang', 'documentlanguage']),
  F('paymentTermsDays', [
    'paymentterms',
    'terms',
    'delaidepaiement',
    'delaipaiement',
    'delaidepaiementjours',
    'conditionsdepaiement',
    'echeance',
    'betalingstermijn',
    'betaaltermijn',
    'betalingsvoorwaarden',
    'paymenttermsindays',
  ]),
  F('currency', ['devise', 'monnaie', 'munt', 'valuta']),
  F('iban', ['comptebancaire', 'numerodecompte', 'rekeningnummer', 'bankrekening', 'bankaccount']),
  F('bic', ['swift', 'bicswift', 'swiftbic']),
  F('peppolId', ['peppol', 'peppolidentifier']),
  F('deliveryPreference', [
    'envoi',
    'modedenvoi',
    'envoidesfactures',
    'verzending',
    'verzendwijze',
    'verzendvoorkeur',
    'delivery',
    'sendinvoices',
  ]),
  F('addressLine1', [
    'address',
    'adresse',
    'adres',
    'street',
    'rue',
    'straat',
    'address1',
    'adresse1',
    'adres1',
    'streetaddress',
  ]),
  F('addressLine2', ['address2', 'adresse2', 'adres2', 'complement', 'complementadresse']),
  F('postalCode', ['postcode', 'zip', 'zipcode', 'codepostal', 'cp', 'npa']),
  F('city', ['ville', 'localite', 'commune', 'stad', 'gemeente', 'plaats', 'woonplaats', 'town']),
  F('country', ['pays', 'land', 'countrycode', 'codepays', 'landcode']),
  F('deliveryLine1', ['deliveryaddress', 'adressedelivraison', 'adreslevering', 'leveringsadres']),
  F('deliveryLine2', ['deliveryaddress2', 'adressedelivraison2', 'leveringsadres2']),
  F('deliveryPostalCode', ['codepostallivraison', 'postcodelevering']),
  F('deliveryCity', ['villelivraison', 'localitelivraison', 'leveringsplaats', 'gemeentelevering']),
  F('deliveryCountry', ['payslivraison', 'leveringsland']),
  F('tags', ['tag', 'etiquettes', 'etiquette', 'labels', 'label']),
  F('notes', [
    'note',
    'remarques',
    'remarque',
    'commentaire',
    'commentaires',
    'opmerkingen',
    'opmerking',
    'comments',
  ]),
  F('archived', ['archive', 'gearchiveerd']),
] as const;

export const CONTACT_IMPORT_REQUIREMENTS = { required: ['name'], oneOf: [] as string[][] };

const ROLES = {
  customer: ['client', 'clients', 'klant', 'klanten', 'customers', 'debiteur', 'debtor'],
  supplier: [
    'fournisseur',
    'fournisseurs',
    'leverancier',
    'leveranciers',
    'suppliers',
    'vendor',
    'crediteur',
  ],
} as const;
const BOTH = new Set(['both', 'lesdeux', 'beide', 'beiden', 'clientfournisseur', 'klantleverancier']);
const TYPES = {
  company: [
    'societe',
    'entreprise',
    'bedrijf',
    'onderneming',
    'organisation',
    'business',
    'professionnel',
    'pro',
  ],
  person: ['personne', 'particulier', 'individual', 'private', 'persoon', 'prive', 'individu', 'natural'],
} as const;
const LANGUAGES = {
  fr: ['francais', 'french', 'frans', 'franzosisch'],
  nl: ['nederlands', 'neerlandais', 'dutch', 'vlaams', 'niederlandisch'],
  en: ['anglais', 'english', 'engels', 'englisch'],
  de: ['allemand', 'german', 'deutsch', 'duits'],
} as const;

const DELIVERY_PREFERENCES = {
  auto: ['automatique', 'automatisch', 'automatic'],
  peppol: ['par Peppol', 'via Peppol', 'over Peppol'],
  email: ['mail', 'courriel', 'par e-mail', 'par courriel', 'per e-mail', 'via e-mail', 'by e-mail'],
} as const;

const ADDRESS_FIELDS: Record<string, string> = {
  line1: 'addressLine1',
  line2: 'addressLine2',
  postalCode: 'postalCode',
  city: 'city',
  country: 'country',
};
const DELIVERY_FIELDS: Record<string, string> = {
  line1: 'deliveryLine1',
  line2: 'deliveryLine2',
  postalCode: 'deliveryPostalCode',
  city: 'deliveryCity',
  country: 'deliveryCountry',
};

function readRoles(value: string): string[] {
  if (BOTH.has(wordKey(value))) return ['customer', 'supplier'];
  return [...new Set(readList(value, /[|;,/+&\n]| et | en | and /).map((r) => readChoice(r, ROLES)))];
}

function address(v: Record<string, string>, fields: Record<string, string>) {
  const a: Record<string, string> = {};
  for (const [key, field] of Object.entries(fields)) {
    const cell = v[field];
    if (cell !== undefined) a[key] = key === 'country' ? readCountry(cell) : cell;
  }
  return Object.keys(a).length > 0 ? a : undefined;
}

/** The create endpoint's body from a row's non-empty cells (by field key). */
export function contactInputOf(v: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {
    roles: v.roles !== undefined ? readRoles(v.roles) : ['customer'],
  };
  for (const key of [
    'name',
    'legalName',
    'vatNumber',
    'enterpriseNumber',
    'phone',
    'website',
    'iban',
    'bic',
    'peppolId',
    'notes',
  ]) {
    if (v[key] !== undefined) input[key] = v[key];
  }
  if (v.type !== undefined) input.type = readChoice(v.type, TYPES);
  if (v.language !== undefined) input.language = readChoice(v.language, LANGUAGES);
  if (v.deliveryPreference !== undefined)
    input.deliveryPreference = readChoice(v.deliveryPreference, DELIVERY_PREFERENCES);
  if (v.paymentTermsDays !== undefined) input.paymentTermsDays = readInteger(v.paymentTermsDays);
  if (v.currency !== undefined) input.currency = readCurrency(v.currency);
  if (v.emails !== undefined) input.emails = readList(v.emails, /[|;,\s]+/);
  if (v.tags !== undefined) input.tags = readList(v.tags);
  if (v.archived !== undefined) input.archived = readBoolean(v.archived);
  const billing = address(v, ADDRESS_FIELDS);
  if (billing) input.address = billing;
  const delivery = address(v, DELIVERY_FIELDS);
  if (delivery) input.deliveryAddress = delivery;
  return input;
}

/** The import field a zod issue path points at: `address/country` → `country`. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [top, sub] = path.map(String);
  if (top === 'address') return ADDRESS_FIELDS[sub ?? ''] ?? 'addressLine1';
  if (top === 'deliveryAddress') return DELIVERY_FIELDS[sub ?? ''] ?? 'deliveryLine1';
  return top ?? 'name';
}

export interface ImportIssue {
  field: string;
  message: string;
}

/** One issue per field, the first one found (as a form shows it). */
function issuesOf(issues: readonly core.$ZodIssue[], lang: MessageLanguage, field = fieldOf) {
  const out: ImportIssue[] = [];
  for (const issue of issues) {
    const f = field(issue.path);
    if (!out.some((o) => o.field === f)) out.push({ field: f, message: localizeIssue(issue, lang) });
  }
  return out;
}

export type ContactImportRow = repo.ContactRow;

/** Reads, checks and stores the rows of one contacts import. */
export function contactImport(db: DbOrTx, companyId: string, now: string) {
  return {
    read(
      v: Record<string, string>,
      lang: MessageLanguage,
    ): { row?: ContactImportRow; issues: ImportIssue[] } {
      if (v.name === undefined)
        return { issues: [{ field: 'name', message: translate('Name is required', lang) }] };
      const parsed = CreateContactBody.safeParse(contactInputOf(v));
      if (!parsed.success) return { issues: issuesOf(parsed.error.issues, lang) };
      try {
        return { row: newContactRow(companyId, parsed.data, newId(), now), issues: [] };
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return {
          issues: err.errors.map((e) => ({
            field: fieldOf(e.path.split('/')),
            message: translate(e.message, lang),
          })),
        };
      }
    },

    /** VAT numbers must be new to the company and appear once in the file. */
    async crossCheck(
      entries: readonly { number: number; row: ContactImportRow }[],
      lang: MessageLanguage,
    ): Promise<{ number: number; issue: ImportIssue }[]> {
      const out: { number: number; issue: ImportIssue }[] = [];
      const firstRow = new Map<string, number>();
      for (const { number, row } of entries) {
        if (!row.vat_number) continue;
        const earlier = firstRow.get(row.vat_number);
        if (earlier === undefined) firstRow.set(row.vat_number, number);
        else {
          const message = translate('This VAT number is already on row {row} of the file', lang).replace(
            '{row}',
            String(earlier),
          );
          out.push({ number, issue: { field: 'vatNumber', message } });
        }
      }
      const existing = await repo.findContactsByVat(db, { companyId, vatNumbers: [...firstRow.keys()] });
      for (const [vat, number] of firstRow) {
        if (existing.has(vat)) {
          out.push({
            number,
            issue: {
              field: 'vatNumber',
              message: translate('A contact with this VAT number already exists', lang),
            },
          });
        }
      }
      return out;
    },

    /** What saving the rows would do. */
    plan(rows: readonly ContactImportRow[]) {
      return { created: rows.length, updated: 0 };
    },

    /** Inserts every row in the caller's transaction; `saved` reports progress after each batch. */
    async save(trx: DbOrTx, rows: readonly ContactImportRow[], saved: (n: number) => Promise<void>) {
      const BATCH = 400;
      for (let i = 0; i < rows.length; i += BATCH) {
        await repo.insertContacts(trx, rows.slice(i, i + BATCH));
        await saved(Math.min(rows.length, i + BATCH));
      }
      return { created: rows.length, updated: 0 };
    },
  };
}
