import type { Translations } from '../messages.js';

/** Messages of the mt940 statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_MT940_MESSAGES: Record<string, Translations> = {
  'The amount "{value}" is not valid': {
    fr: 'Le montant « {value} » n’est pas valide',
    nl: 'Het bedrag "{value}" is ongeldig',
    de: 'Der Betrag „{value}“ ist ungültig',
  },
  'The balance :{tag}: "{value}" is not valid': {
    fr: 'Le solde :{tag}: « {value} » n’est pas valide',
    nl: 'Het saldo :{tag}: "{value}" is ongeldig',
    de: 'Der Saldo :{tag}: „{value}“ ist ungültig',
  },
  'The date "{value}" is not a valid date': {
    fr: 'La date « {value} » n’est pas une date valide',
    nl: 'De datum "{value}" is geen geldige datum',
    de: 'Das Datum „{value}“ ist kein gültiges Datum',
  },
  'The field :{tag}: comes before the statement reference :20:': {
    fr: 'Le champ :{tag}: précède la référence d’extrait :20:',
    nl: 'Het veld :{tag}: staat vóór de afschriftreferentie :20:',
    de: 'Das Feld :{tag}: steht vor der Auszugsreferenz :20:',
  },
  'The file holds no MT940 or MT942 statement (no :20: field)': {
    fr: 'Le fichier ne contient aucun extrait MT940 ou MT942 (pas de champ :20:)',
    nl: 'Het bestand bevat geen MT940- of MT942-afschrift (geen veld :20:)',
    de: 'Die Datei enthält keinen MT940- oder MT942-Auszug (kein Feld :20:)',
  },
  'The line is too long for an MT940 file': {
    fr: 'La ligne est trop longue pour un fichier MT940',
    nl: 'De regel is te lang voor een MT940-bestand',
    de: 'Die Zeile ist für eine MT940-Datei zu lang',
  },
  'The statement has no account identification :25:': {
    fr: 'L’extrait n’a pas d’identification de compte :25:',
    nl: 'Het afschrift heeft geen rekeningidentificatie :25:',
    de: 'Der Auszug hat keine Kontoidentifikation :25:',
  },
  'The statement has no closing balance :62F: (the file may be cut short)': {
    fr: 'L’extrait n’a pas de solde final :62F: (le fichier est peut-être tronqué)',
    nl: 'Het afschrift heeft geen eindsaldo :62F: (het bestand is mogelijk afgebroken)',
    de: 'Der Auszug hat keinen Schlusssaldo :62F: (die Datei ist womöglich abgeschnitten)',
  },
  'The statement has no opening balance :60F:': {
    fr: 'L’extrait n’a pas de solde initial :60F:',
    nl: 'Het afschrift heeft geen beginsaldo :60F:',
    de: 'Der Auszug hat keinen Anfangssaldo :60F:',
  },
  'The statement line :61: "{value}" is not valid': {
    fr: 'La ligne d’extrait :61: « {value} » n’est pas valide',
    nl: 'De afschriftregel :61: "{value}" is ongeldig',
    de: 'Die Umsatzzeile :61: „{value}“ ist ungültig',
  },
  'The statement names no currency': {
    fr: 'L’extrait n’indique aucune devise',
    nl: 'Het afschrift vermeldt geen munt',
    de: 'Der Auszug nennt keine Währung',
  },
};
