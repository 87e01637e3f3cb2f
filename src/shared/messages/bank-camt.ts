import type { Translations } from '../messages.js';

/** Messages of the camt statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_CAMT_MESSAGES: Record<string, Translations> = {
  'The file is not UTF-8 text': {
    fr: "Le fichier n'est pas un texte UTF-8",
    nl: 'Het bestand is geen UTF-8-tekst',
    de: 'Die Datei ist kein UTF-8-Text',
  },
  'The file is not well-formed XML: {reason}': {
    fr: "Le fichier n'est pas un XML bien formé : {reason}",
    nl: 'Het bestand is geen welgevormde XML: {reason}',
    de: 'Die Datei ist kein wohlgeformtes XML: {reason}',
  },
  'The file ends before the element {element} is closed': {
    fr: "Le fichier se termine avant la fermeture de l'élément {element}",
    nl: 'Het bestand eindigt voordat het element {element} is afgesloten',
    de: 'Die Datei endet, bevor das Element {element} geschlossen ist',
  },
  'A DOCTYPE or entity declaration is not allowed in a bank statement': {
    fr: "Une déclaration DOCTYPE ou d'entité n'est pas admise dans un extrait bancaire",
    nl: 'Een DOCTYPE- of entiteitsdeclaratie is niet toegestaan in een rekeninguittreksel',
    de: 'Eine DOCTYPE- oder Entity-Deklaration ist in einem Kontoauszug nicht zulässig',
  },
  'Not an ISO 20022 camt file: the root element is {element}, not Document': {
    fr: "Ce n'est pas un fichier camt ISO 20022 : l'élément racine est {element}, pas Document",
    nl: 'Geen ISO 20022 camt-bestand: het hoofdelement is {element}, niet Document',
    de: 'Keine ISO-20022-camt-Datei: das Wurzelelement ist {element}, nicht Document',
  },
  'Unknown camt message or version: namespace {namespace}': {
    fr: 'Message ou version camt inconnu : espace de noms {namespace}',
    nl: 'Onbekend camt-bericht of -versie: namespace {namespace}',
    de: 'Unbekannte camt-Nachricht oder -Version: Namensraum {namespace}',
  },
  'A {format} document must contain {expected}, not {element}': {
    fr: 'Un document {format} doit contenir {expected}, pas {element}',
    nl: 'Een {format}-document moet {expected} bevatten, niet {element}',
    de: 'Ein {format}-Dokument muss {expected} enthalten, nicht {element}',
  },
  'The mandatory element {element} is missing': {
    fr: "L'élément obligatoire {element} est absent",
    nl: 'Het verplichte element {element} ontbreekt',
    de: 'Das Pflichtelement {element} fehlt',
  },
  'The amount {value} is not a decimal number': {
    fr: "Le montant {value} n'est pas un nombre décimal",
    nl: 'Het bedrag {value} is geen decimaal getal',
    de: 'Der Betrag {value} ist keine Dezimalzahl',
  },
  'The credit/debit indicator {value} is neither CRDT nor DBIT': {
    fr: "L'indicateur crédit/débit {value} n'est ni CRDT ni DBIT",
    nl: 'De credit/debet-indicator {value} is noch CRDT noch DBIT',
    de: 'Das Soll/Haben-Kennzeichen {value} ist weder CRDT noch DBIT',
  },
  'The date {value} is not a calendar date (YYYY-MM-DD)': {
    fr: "La date {value} n'est pas une date calendaire (AAAA-MM-JJ)",
    nl: 'De datum {value} is geen kalenderdatum (JJJJ-MM-DD)',
    de: 'Das Datum {value} ist kein Kalenderdatum (JJJJ-MM-TT)',
  },
};
