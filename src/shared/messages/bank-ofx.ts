import type { Translations } from '../messages.js';

/** Messages of the ofx statement parser (src/modules/banking/formats), translated like every API message. */
export const BANK_OFX_MESSAGES: Record<string, Translations> = {
  'A second <OFX> element in the file': {
    fr: 'Un second élément <OFX> dans le fichier',
    nl: 'Een tweede <OFX>-element in het bestand',
    de: 'Ein zweites <OFX>-Element in der Datei',
  },
  'A statement inside another statement': {
    fr: 'Un extrait à l’intérieur d’un autre extrait',
    nl: 'Een afschrift binnen een ander afschrift',
    de: 'Ein Auszug innerhalb eines anderen Auszugs',
  },
  'Content after the closing </OFX> tag': {
    fr: 'Du contenu après la balise de fin </OFX>',
    nl: 'Inhoud na de sluittag </OFX>',
    de: 'Inhalt nach dem End-Tag </OFX>',
  },
  'DTD declarations (<!…>) are not accepted in an OFX file': {
    fr: 'Les déclarations DTD (<!…>) ne sont pas acceptées dans un fichier OFX',
    nl: 'DTD-declaraties (<!…>) worden niet aanvaard in een OFX-bestand',
    de: 'DTD-Deklarationen (<!…>) werden in einer OFX-Datei nicht akzeptiert',
  },
  'Investment statements are not supported: only bank and credit-card statements can be imported': {
    fr: 'Les relevés de placements ne sont pas pris en charge : seuls les extraits bancaires et de carte de crédit peuvent être importés',
    nl: 'Beleggingsoverzichten worden niet ondersteund: alleen bank- en kredietkaartafschriften kunnen worden geïmporteerd',
    de: 'Depotauszüge werden nicht unterstützt: nur Bank- und Kreditkartenauszüge können importiert werden',
  },
  'Neither the statement (CURDEF) nor the transaction names a currency': {
    fr: 'Ni l’extrait (CURDEF) ni l’opération n’indiquent de devise',
    nl: 'Noch het afschrift (CURDEF) noch de verrichting vermeldt een munt',
    de: 'Weder der Auszug (CURDEF) noch der Umsatz nennt eine Währung',
  },
  'The amount {what} "{value}" is not a valid number': {
    fr: 'Le montant {what} « {value} » n’est pas un nombre valide',
    nl: 'Het bedrag {what} "{value}" is geen geldig getal',
    de: 'Der Betrag {what} „{value}“ ist keine gültige Zahl',
  },
  'The bank refused the sign-on (status {code}): {message}': {
    fr: 'La banque a refusé la connexion (statut {code}) : {message}',
    nl: 'De bank heeft de aanmelding geweigerd (status {code}): {message}',
    de: 'Die Bank hat die Anmeldung abgelehnt (Status {code}): {message}',
  },
  'The bank reported an error instead of the statement (status {code}): {message}': {
    fr: 'La banque a signalé une erreur au lieu de l’extrait (statut {code}) : {message}',
    nl: 'De bank meldde een fout in plaats van het afschrift (status {code}): {message}',
    de: 'Die Bank hat statt des Auszugs einen Fehler gemeldet (Status {code}): {message}',
  },
  'The date "{value}" is not a valid OFX date': {
    fr: 'La date « {value} » n’est pas une date OFX valide',
    nl: 'De datum "{value}" is geen geldige OFX-datum',
    de: 'Das Datum „{value}“ ist kein gültiges OFX-Datum',
  },
  'The element <{value}> is not closed before </{closing}>': {
    fr: 'L’élément <{value}> n’est pas fermé avant </{closing}>',
    nl: 'Het element <{value}> is niet gesloten vóór </{closing}>',
    de: 'Das Element <{value}> ist vor </{closing}> nicht geschlossen',
  },
  'The end tag </{value}> has no matching start tag': {
    fr: 'La balise de fin </{value}> n’a pas de balise de début correspondante',
    nl: 'De sluittag </{value}> heeft geen overeenkomstige begintag',
    de: 'Das End-Tag </{value}> hat kein passendes Start-Tag',
  },
  'The file ends before </OFX>: it may be cut short': {
    fr: 'Le fichier se termine avant </OFX> : il est peut-être tronqué',
    nl: 'Het bestand eindigt vóór </OFX>: het is mogelijk afgebroken',
    de: 'Die Datei endet vor </OFX>: sie ist womöglich abgeschnitten',
  },
  'The file ends inside a tag: it may be cut short': {
    fr: 'Le fichier se termine au milieu d’une balise : il est peut-être tronqué',
    nl: 'Het bestand eindigt midden in een tag: het is mogelijk afgebroken',
    de: 'Die Datei endet innerhalb eines Tags: sie ist womöglich abgeschnitten',
  },
  'The file holds no bank or credit-card statement': {
    fr: 'Le fichier ne contient aucun extrait bancaire ou de carte de crédit',
    nl: 'Het bestand bevat geen bank- of kredietkaartafschrift',
    de: 'Die Datei enthält keinen Bank- oder Kreditkartenauszug',
  },
  'The line is too long for an OFX file': {
    fr: 'La ligne est trop longue pour un fichier OFX',
    nl: 'De regel is te lang voor een OFX-bestand',
    de: 'Die Zeile ist für eine OFX-Datei zu lang',
  },
  'The statement has no account (BANKACCTFROM / CCACCTFROM)': {
    fr: 'L’extrait n’a pas de compte (BANKACCTFROM / CCACCTFROM)',
    nl: 'Het afschrift heeft geen rekening (BANKACCTFROM / CCACCTFROM)',
    de: 'Der Auszug hat kein Konto (BANKACCTFROM / CCACCTFROM)',
  },
  'The statement has no account number (ACCTID)': {
    fr: 'L’extrait n’a pas de numéro de compte (ACCTID)',
    nl: 'Het afschrift heeft geen rekeningnummer (ACCTID)',
    de: 'Der Auszug hat keine Kontonummer (ACCTID)',
  },
  'The tag <{value}> comes before <OFX>': {
    fr: 'La balise <{value}> précède <OFX>',
    nl: 'De tag <{value}> staat vóór <OFX>',
    de: 'Das Tag <{value}> steht vor <OFX>',
  },
  'The tag <{value}> is not valid': {
    fr: 'La balise <{value}> n’est pas valide',
    nl: 'De tag <{value}> is ongeldig',
    de: 'Das Tag <{value}> ist ungültig',
  },
  'The transaction has no posting date (DTPOSTED)': {
    fr: 'L’opération n’a pas de date de comptabilisation (DTPOSTED)',
    nl: 'De verrichting heeft geen boekingsdatum (DTPOSTED)',
    de: 'Der Umsatz hat kein Buchungsdatum (DTPOSTED)',
  },
  'This is not an OFX file (it starts with neither OFXHEADER nor <?xml / <OFX>)': {
    fr: 'Ce n’est pas un fichier OFX (il ne commence ni par OFXHEADER ni par <?xml / <OFX>)',
    nl: 'Dit is geen OFX-bestand (het begint niet met OFXHEADER of <?xml / <OFX>)',
    de: 'Dies ist keine OFX-Datei (sie beginnt weder mit OFXHEADER noch mit <?xml / <OFX>)',
  },
  'This is not an OFX file (no <OFX> element)': {
    fr: 'Ce n’est pas un fichier OFX (pas d’élément <OFX>)',
    nl: 'Dit is geen OFX-bestand (geen <OFX>-element)',
    de: 'Dies ist keine OFX-Datei (kein <OFX>-Element)',
  },
  'Unexpected text "{value}" between OFX tags': {
    fr: 'Texte inattendu « {value} » entre des balises OFX',
    nl: 'Onverwachte tekst "{value}" tussen OFX-tags',
    de: 'Unerwarteter Text „{value}“ zwischen OFX-Tags',
  },
};
