import type { Translations } from '../messages.js';

/** Messages of the banking module (accounts, statement imports), translated like every API message. */
export const BANKING_MESSAGES: Record<string, Translations> = {
  'Bank account not found': {
    fr: 'Compte bancaire introuvable',
    nl: 'Bankrekening niet gevonden',
    de: 'Bankkonto nicht gefunden',
  },
  'The company already has a bank account with this IBAN': {
    fr: 'La société a déjà un compte bancaire avec cet IBAN',
    nl: 'Het bedrijf heeft al een bankrekening met deze IBAN',
    de: 'Das Unternehmen hat bereits ein Bankkonto mit dieser IBAN',
  },
  'An IBAN or an account number is required': {
    fr: 'Un IBAN ou un numéro de compte est requis',
    nl: 'Een IBAN of een rekeningnummer is vereist',
    de: 'Eine IBAN oder eine Kontonummer ist erforderlich',
  },
  'At most {n} decimals in this currency': {
    fr: '{n} décimales au plus dans cette devise',
    nl: 'Hoogstens {n} decimalen in deze munt',
    de: 'Höchstens {n} Dezimalstellen in dieser Währung',
  },
  'The file is empty': { fr: 'Le fichier est vide', nl: 'Het bestand is leeg', de: 'Die Datei ist leer' },
  'The file holds no statement': {
    fr: 'Le fichier ne contient aucun extrait',
    nl: 'Het bestand bevat geen rekeninguittreksel',
    de: 'Die Datei enthält keinen Kontoauszug',
  },
  'The bank account is archived: it takes no more statements': {
    fr: 'Le compte bancaire est archivé : il ne reçoit plus d’extraits',
    nl: 'De bankrekening is gearchiveerd: er worden geen uittreksels meer in opgenomen',
    de: 'Das Bankkonto ist archiviert: es nimmt keine Auszüge mehr an',
  },
  'This statement is for account {statementAccount}, not {account}': {
    fr: 'Cet extrait est celui du compte {statementAccount}, pas de {account}',
    nl: 'Dit uittreksel is van rekening {statementAccount}, niet van {account}',
    de: 'Dieser Auszug gehört zu Konto {statementAccount}, nicht zu {account}',
  },
  'No bank account of the company is {statementAccount}: add it, or choose the account (accountId)': {
    fr: 'Aucun compte bancaire de la société n’est {statementAccount} : ajoutez-le, ou choisissez le compte (accountId)',
    nl: 'Geen bankrekening van het bedrijf is {statementAccount}: voeg ze toe, of kies de rekening (accountId)',
    de: 'Kein Bankkonto des Unternehmens ist {statementAccount}: legen Sie es an oder wählen Sie das Konto (accountId)',
  },
  'The file does not say which account it is for: choose the account (accountId)': {
    fr: 'Le fichier ne dit pas à quel compte il se rapporte : choisissez le compte (accountId)',
    nl: 'Het bestand zegt niet voor welke rekening het is: kies de rekening (accountId)',
    de: 'Die Datei nennt ihr Konto nicht: wählen Sie das Konto (accountId)',
  },
  'This statement is in {currency}; the account is in {accountCurrency}': {
    fr: 'Cet extrait est en {currency} ; le compte est en {accountCurrency}',
    nl: 'Dit uittreksel is in {currency}; de rekening is in {accountCurrency}',
    de: 'Dieser Auszug ist in {currency}; das Konto ist in {accountCurrency}',
  },
  'The amount {amount} has more decimals than {currency} allows': {
    fr: 'Le montant {amount} a plus de décimales que {currency} n’en permet',
    nl: 'Het bedrag {amount} heeft meer decimalen dan {currency} toelaat',
    de: 'Der Betrag {amount} hat mehr Dezimalstellen als {currency} erlaubt',
  },
  'Name the layout of the CSV file (csvPreset)': {
    fr: 'Indiquez la disposition du fichier CSV (csvPreset)',
    nl: 'Geef de indeling van het CSV-bestand op (csvPreset)',
    de: 'Geben Sie das Layout der CSV-Datei an (csvPreset)',
  },
  'Not a statement file this product reads: camt.052/053/054, CODA, MT940/MT942, OFX, or CSV with its layout named':
    {
      fr: 'Ce n’est pas un fichier d’extraits lisible ici : camt.052/053/054, CODA, MT940/MT942, OFX, ou CSV avec sa disposition',
      nl: 'Geen uittrekselbestand dat hier gelezen wordt: camt.052/053/054, CODA, MT940/MT942, OFX, of CSV met zijn indeling',
      de: 'Keine hier lesbare Auszugsdatei: camt.052/053/054, CODA, MT940/MT942, OFX oder CSV mit angegebenem Layout',
    },
};
