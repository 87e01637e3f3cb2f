import type { Translations } from '../messages.js';

/** Messages of the coda statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_CODA_MESSAGES: Record<string, Translations> = {
  'The file is empty': {
    fr: 'Le fichier est vide',
    nl: 'Het bestand is leeg',
    de: 'Die Datei ist leer',
  },
  'The file is UTF-8 encoded; CODA is ISO-8859-1': {
    fr: 'Le fichier est encodé en UTF-8 ; CODA est en ISO-8859-1',
    nl: 'Het bestand is in UTF-8 gecodeerd; CODA is ISO-8859-1',
    de: 'Die Datei ist UTF-8-kodiert; CODA ist ISO-8859-1',
  },
  'The file contains a control character (byte {byte}); CODA is ISO-8859-1 text': {
    fr: 'Le fichier contient un caractère de contrôle (octet {byte}) ; CODA est un texte ISO-8859-1',
    nl: 'Het bestand bevat een stuurteken (byte {byte}); CODA is ISO-8859-1-tekst',
    de: 'Die Datei enthält ein Steuerzeichen (Byte {byte}); CODA ist ISO-8859-1-Text',
  },
  'The record is {length} characters long; a CODA record has {expected}': {
    fr: "L'enregistrement compte {length} caractères ; un enregistrement CODA en compte {expected}",
    nl: 'Het record telt {length} tekens; een CODA-record telt er {expected}',
    de: 'Der Datensatz ist {length} Zeichen lang; ein CODA-Datensatz hat {expected}',
  },
  'Unknown CODA record type "{type}"': {
    fr: "Type d'enregistrement CODA inconnu « {type} »",
    nl: 'Onbekend CODA-recordtype "{type}"',
    de: 'Unbekannter CODA-Satztyp „{type}“',
  },
  'CODA version {version} is not supported; only version 2 is read': {
    fr: "La version CODA {version} n'est pas prise en charge ; seule la version 2 est lue",
    nl: 'CODA-versie {version} wordt niet ondersteund; alleen versie 2 wordt gelezen',
    de: 'CODA-Version {version} wird nicht unterstützt; nur Version 2 wird gelesen',
  },
  'The file must start with a header record 0, not a record {type}': {
    fr: "Le fichier doit commencer par un enregistrement d'en-tête 0, pas par un enregistrement {type}",
    nl: 'Het bestand moet beginnen met een koprecord 0, niet met een record {type}',
    de: 'Die Datei muss mit einem Kopfsatz 0 beginnen, nicht mit einem Satz {type}',
  },
  'A record {type} cannot follow a record {previous}': {
    fr: 'Un enregistrement {type} ne peut pas suivre un enregistrement {previous}',
    nl: 'Een record {type} kan niet volgen op een record {previous}',
    de: 'Ein Satz {type} kann nicht auf einen Satz {previous} folgen',
  },
  'Record {type} belongs to movement {found}, not to the movement {expected} before it': {
    fr: "L'enregistrement {type} appartient au mouvement {found}, pas au mouvement {expected} qui le précède",
    nl: 'Record {type} hoort bij beweging {found}, niet bij de voorafgaande beweging {expected}',
    de: 'Satz {type} gehört zur Bewegung {found}, nicht zur vorangehenden Bewegung {expected}',
  },
  'Movement sequence number {sequence} is used twice': {
    fr: 'Le numéro de séquence de mouvement {sequence} est utilisé deux fois',
    nl: 'Het volgnummer van beweging {sequence} wordt twee keer gebruikt',
    de: 'Die Bewegungsfolgenummer {sequence} wird zweimal verwendet',
  },
  'Movement {sequence}/{detail} is a detail without its movement {sequence}/0000 before it': {
    fr: 'Le mouvement {sequence}/{detail} est un détail sans son mouvement {sequence}/0000 qui le précède',
    nl: 'Beweging {sequence}/{detail} is een detail zonder de voorafgaande beweging {sequence}/0000',
    de: 'Die Bewegung {sequence}/{detail} ist ein Detail ohne die vorangehende Bewegung {sequence}/0000',
  },
  'The details of movement {sequence} add up to {details}; its globalised amount is {total}': {
    fr: 'Les détails du mouvement {sequence} totalisent {details} ; son montant globalisé est {total}',
    nl: 'De details van beweging {sequence} tellen op tot {details}; het geglobaliseerde bedrag is {total}',
    de: 'Die Details der Bewegung {sequence} ergeben {details}; ihr globalisierter Betrag ist {total}',
  },
  'Positions {from}-{to} ("{value}") are not a number': {
    fr: 'Les positions {from}-{to} (« {value} ») ne sont pas un nombre',
    nl: 'Posities {from}-{to} ("{value}") zijn geen getal',
    de: 'Die Positionen {from}-{to} („{value}“) sind keine Zahl',
  },
  'Positions {from}-{to} ("{value}") are not a date DDMMYY': {
    fr: 'Les positions {from}-{to} (« {value} ») ne sont pas une date JJMMAA',
    nl: 'Posities {from}-{to} ("{value}") zijn geen datum DDMMJJ',
    de: 'Die Positionen {from}-{to} („{value}“) sind kein Datum TTMMJJ',
  },
  'Position {at} ("{value}") is neither 0 (credit) nor 1 (debit)': {
    fr: 'La position {at} (« {value} ») ne vaut ni 0 (crédit) ni 1 (débit)',
    nl: 'Positie {at} ("{value}") is noch 0 (credit) noch 1 (debet)',
    de: 'Position {at} („{value}“) ist weder 0 (Haben) noch 1 (Soll)',
  },
  'Unknown account structure "{code}"': {
    fr: 'Structure de compte inconnue « {code} »',
    nl: 'Onbekende rekeningstructuur "{code}"',
    de: 'Unbekannte Kontostruktur „{code}“',
  },
  'The new balance {closing} is not the old balance {opening} plus the movements {movements}': {
    fr: "Le nouveau solde {closing} n'est pas l'ancien solde {opening} plus les mouvements {movements}",
    nl: 'Het nieuwe saldo {closing} is niet het oude saldo {opening} plus de bewegingen {movements}',
    de: 'Der neue Saldo {closing} ist nicht der alte Saldo {opening} plus die Bewegungen {movements}',
  },
  'The trailer counts {declared} records; the statement has {counted}': {
    fr: "L'enregistrement final compte {declared} enregistrements ; l'extrait en a {counted}",
    nl: 'Het eindrecord telt {declared} records; het uittreksel heeft er {counted}',
    de: 'Der Schlusssatz zählt {declared} Sätze; der Auszug hat {counted}',
  },
  'The trailer totals {debit} in debit and {credit} in credit; the movements total {movementDebit} and {movementCredit}':
    {
      fr: "L'enregistrement final totalise {debit} au débit et {credit} au crédit ; les mouvements totalisent {movementDebit} et {movementCredit}",
      nl: 'Het eindrecord telt {debit} in debet en {credit} in credit; de bewegingen tellen {movementDebit} en {movementCredit}',
      de: 'Der Schlusssatz summiert {debit} im Soll und {credit} im Haben; die Bewegungen ergeben {movementDebit} und {movementCredit}',
    },
  'The file ends without a trailer record 9': {
    fr: 'Le fichier se termine sans enregistrement final 9',
    nl: 'Het bestand eindigt zonder eindrecord 9',
    de: 'Die Datei endet ohne Schlusssatz 9',
  },
};
