import type { Translations } from '../messages.js';

/** Messages of the csv statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_CSV_MESSAGES: Record<string, Translations> = {
  'The file is empty': {
    fr: 'Le fichier est vide',
    nl: 'Het bestand is leeg',
    de: 'Die Datei ist leer',
  },
  'The file has column names but no transactions': {
    fr: 'Le fichier a des noms de colonnes mais aucune opération',
    nl: 'Het bestand heeft kolomnamen maar geen verrichtingen',
    de: 'Die Datei hat Spaltennamen, aber keine Buchungen',
  },
  'The file has no transactions': {
    fr: 'Le fichier ne contient aucune opération',
    nl: 'Het bestand bevat geen verrichtingen',
    de: 'Die Datei enthält keine Buchungen',
  },
  'The file is larger than {max} MB': {
    fr: 'Le fichier dépasse {max} Mo',
    nl: 'Het bestand is groter dan {max} MB',
    de: 'Die Datei ist größer als {max} MB',
  },
  'The file is a spreadsheet, not a CSV file: save it as CSV first': {
    fr: 'Le fichier est un classeur, pas un fichier CSV : enregistrez-le d’abord au format CSV',
    nl: 'Het bestand is een rekenblad, geen CSV-bestand: sla het eerst op als CSV',
    de: 'Die Datei ist eine Tabellenkalkulation, keine CSV-Datei: speichern Sie sie zuerst als CSV',
  },
  'The file is not text in {encoding}: check the encoding of the mapping': {
    fr: 'Le fichier n’est pas du texte en {encoding} : vérifiez l’encodage du modèle d’import',
    nl: 'Het bestand is geen tekst in {encoding}: controleer de codering van de koppeling',
    de: 'Die Datei ist kein Text in {encoding}: prüfen Sie die Kodierung der Zuordnung',
  },
  'The columns cannot be told apart: no comma, semicolon, tab or pipe separates them': {
    fr: 'Les colonnes ne se distinguent pas : ni virgule, ni point-virgule, ni tabulation, ni barre verticale ne les sépare',
    nl: 'De kolommen zijn niet te onderscheiden: geen komma, puntkomma, tab of verticale streep scheidt ze',
    de: 'Die Spalten lassen sich nicht trennen: weder Komma, Semikolon, Tabulator noch senkrechter Strich trennt sie',
  },
  'A quoted value is not closed': {
    fr: 'Une valeur entre guillemets n’est pas fermée',
    nl: 'Een waarde tussen aanhalingstekens is niet afgesloten',
    de: 'Ein Wert in Anführungszeichen ist nicht geschlossen',
  },
  'The file cannot be read as CSV': {
    fr: 'Le fichier ne peut pas être lu comme CSV',
    nl: 'Het bestand kan niet als CSV worden gelezen',
    de: 'Die Datei kann nicht als CSV gelesen werden',
  },
  'Column “{column}” is missing: the mapping no longer fits the file': {
    fr: 'La colonne « {column} » est absente : le modèle d’import ne correspond plus au fichier',
    nl: 'De kolom “{column}” ontbreekt: de koppeling past niet meer bij het bestand',
    de: 'Die Spalte „{column}“ fehlt: die Zuordnung passt nicht mehr zur Datei',
  },
  'The date is missing': {
    fr: 'La date est absente',
    nl: 'De datum ontbreekt',
    de: 'Das Datum fehlt',
  },
  '“{value}” is not a date as {format}': {
    fr: '« {value} » n’est pas une date au format {format}',
    nl: '“{value}” is geen datum in de vorm {format}',
    de: '„{value}“ ist kein Datum im Format {format}',
  },
  'The amount is missing': {
    fr: 'Le montant est absent',
    nl: 'Het bedrag ontbreekt',
    de: 'Der Betrag fehlt',
  },
  '“{value}” is not an amount written as {format}': {
    fr: '« {value} » n’est pas un montant écrit comme {format}',
    nl: '“{value}” is geen bedrag geschreven als {format}',
    de: '„{value}“ ist kein Betrag in der Schreibweise {format}',
  },
  'Both the debit ({debit}) and the credit ({credit}) are filled': {
    fr: 'Le débit ({debit}) et le crédit ({credit}) sont tous deux remplis',
    nl: 'Zowel het debet ({debit}) als het credit ({credit}) is ingevuld',
    de: 'Sowohl die Belastung ({debit}) als auch die Gutschrift ({credit}) sind ausgefüllt',
  },
  'Neither the debit nor the credit is filled': {
    fr: 'Ni le débit ni le crédit n’est rempli',
    nl: 'Noch het debet noch het credit is ingevuld',
    de: 'Weder die Belastung noch die Gutschrift ist ausgefüllt',
  },
  '“{value}” says neither debit ({debitValues}) nor credit ({creditValues})': {
    fr: '« {value} » n’indique ni un débit ({debitValues}) ni un crédit ({creditValues})',
    nl: '“{value}” geeft geen debet ({debitValues}) en geen credit ({creditValues}) aan',
    de: '„{value}“ bezeichnet weder eine Belastung ({debitValues}) noch eine Gutschrift ({creditValues})',
  },
  '“{value}” is not a currency code (ISO 4217, such as EUR)': {
    fr: '« {value} » n’est pas un code de devise (ISO 4217, comme EUR)',
    nl: '“{value}” is geen muntcode (ISO 4217, zoals EUR)',
    de: '„{value}“ ist kein Währungscode (ISO 4217, wie EUR)',
  },
  'The file names no currency: set the account’s currency in the mapping': {
    fr: 'Le fichier n’indique pas de devise : indiquez la devise du compte dans le modèle d’import',
    nl: 'Het bestand vermeldt geen munt: stel de munt van de rekening in de koppeling in',
    de: 'Die Datei nennt keine Währung: legen Sie die Währung des Kontos in der Zuordnung fest',
  },
  'The thousands separator cannot be the decimal separator': {
    fr: 'Le séparateur de milliers ne peut pas être le séparateur décimal',
    nl: 'Het scheidingsteken voor duizendtallen kan niet het decimaalteken zijn',
    de: 'Das Tausendertrennzeichen kann nicht das Dezimaltrennzeichen sein',
  },
  'Without a header row, columns are given by number': {
    fr: 'Sans ligne d’en-tête, les colonnes sont désignées par leur numéro',
    nl: 'Zonder kopregel worden kolommen met hun nummer aangeduid',
    de: 'Ohne Kopfzeile werden Spalten über ihre Nummer angegeben',
  },
};
