/**
 * Translations of the messages the API writes into problem+json (`detail` and `errors[].message`),
 * keyed by their English text: the code keeps readable English where the rule is written, and the
 * error handler answers in the caller's language (Accept-Language: fr, nl, de; English otherwise).
 */
export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type MessageLanguage = (typeof LANGUAGES)[number];

type Translations = Record<Exclude<MessageLanguage, 'en'>, string>;

export const MESSAGES: Record<string, Translations> = {
  'Choose customer, supplier or both': {
    fr: 'Choisissez client, fournisseur ou les deux',
    nl: 'Kies klant, leverancier of beide',
    de: 'Wählen Sie Kunde, Lieferant oder beides',
  },
  'Each role once': {
    fr: 'Chaque rôle une seule fois',
    nl: 'Elke rol één keer',
    de: 'Jede Rolle nur einmal',
  },
  'A Peppol ID as scheme:value, such as 0208:0123456789': {
    fr: 'Un identifiant Peppol au format schéma:valeur, par exemple 0208:0123456789',
    nl: 'Een Peppol-ID als schema:waarde, bijvoorbeeld 0208:0123456789',
    de: 'Eine Peppol-ID als Schema:Wert, z. B. 0208:0123456789',
  },
  'Invalid Belgian enterprise number (10 digits, mod-97 check)': {
    fr: 'Numéro d’entreprise belge invalide (10 chiffres, contrôle modulo 97)',
    nl: 'Ongeldig Belgisch ondernemingsnummer (10 cijfers, modulo-97-controle)',
    de: 'Ungültige belgische Unternehmensnummer (10 Ziffern, Modulo-97-Prüfung)',
  },
  'Invalid SIREN (9 digits, Luhn check)': {
    fr: 'SIREN invalide (9 chiffres, clé de Luhn)',
    nl: 'Ongeldig SIREN-nummer (9 cijfers, Luhn-controle)',
    de: 'Ungültige SIREN (9 Ziffern, Luhn-Prüfung)',
  },
  'A contact with this VAT number already exists': {
    fr: 'Un contact avec ce numéro de TVA existe déjà',
    nl: 'Er bestaat al een contact met dit btw-nummer',
    de: 'Ein Kontakt mit dieser USt-IdNr. existiert bereits',
  },
  'Invalid e-mail address': {
    fr: 'Adresse e-mail invalide',
    nl: 'Ongeldig e-mailadres',
    de: 'Ungültige E-Mail-Adresse',
  },
  'Password must be at least 10 characters': {
    fr: 'Le mot de passe doit compter au moins 10 caractères',
    nl: 'Het wachtwoord moet minstens 10 tekens lang zijn',
    de: 'Das Passwort muss mindestens 10 Zeichen lang sein',
  },
  'Password must be at most 200 characters': {
    fr: 'Le mot de passe doit compter au plus 200 caractères',
    nl: 'Het wachtwoord mag hoogstens 200 tekens lang zijn',
    de: 'Das Passwort darf höchstens 200 Zeichen lang sein',
  },
  'Contains control characters': {
    fr: 'Contient des caractères de contrôle',
    nl: 'Bevat controletekens',
    de: 'Enthält Steuerzeichen',
  },
  'Name is required': {
    fr: 'Le nom est obligatoire',
    nl: 'De naam is verplicht',
    de: 'Der Name ist erforderlich',
  },
  'A 6-digit code': { fr: 'Un code à 6 chiffres', nl: 'Een code van 6 cijfers', de: 'Ein 6-stelliger Code' },
  'Unknown country code (ISO 3166-1 alpha-2)': {
    fr: 'Code pays inconnu (ISO 3166-1 alpha-2)',
    nl: 'Onbekende landcode (ISO 3166-1 alpha-2)',
    de: 'Unbekannter Ländercode (ISO 3166-1 Alpha-2)',
  },
  'Unknown currency code (ISO 4217)': {
    fr: 'Code devise inconnu (ISO 4217)',
    nl: 'Onbekende valutacode (ISO 4217)',
    de: 'Unbekannter Währungscode (ISO 4217)',
  },
  'Unknown time zone (IANA name expected)': {
    fr: 'Fuseau horaire inconnu (nom IANA attendu)',
    nl: 'Onbekende tijdzone (IANA-naam verwacht)',
    de: 'Unbekannte Zeitzone (IANA-Name erwartet)',
  },
  'Invalid VAT number (format or check digits)': {
    fr: 'Numéro de TVA invalide (format ou chiffres de contrôle)',
    nl: 'Ongeldig btw-nummer (formaat of controlecijfers)',
    de: 'Ungültige USt-IdNr. (Format oder Prüfziffern)',
  },
  'Invalid enterprise number': {
    fr: 'Numéro d’entreprise invalide',
    nl: 'Ongeldig ondernemingsnummer',
    de: 'Ungültige Unternehmensnummer',
  },
  'Invalid IBAN (ISO 13616 check digits)': {
    fr: 'IBAN invalide (chiffres de contrôle ISO 13616)',
    nl: 'Ongeldige IBAN (controlecijfers ISO 13616)',
    de: 'Ungültige IBAN (Prüfziffern nach ISO 13616)',
  },
  'Invalid BIC': { fr: 'BIC invalide', nl: 'Ongeldige BIC', de: 'Ungültiger BIC' },
  'Unknown field': { fr: 'Champ inconnu', nl: 'Onbekend veld', de: 'Unbekanntes Feld' },
  'Invalid cursor': { fr: 'Curseur invalide', nl: 'Ongeldige cursor', de: 'Ungültiger Cursor' },
  'An account with this e-mail already exists': {
    fr: 'Un compte existe déjà avec cette adresse e-mail',
    nl: 'Er bestaat al een account met dit e-mailadres',
    de: 'Für diese E-Mail-Adresse besteht bereits ein Konto',
  },
  'Invalid e-mail or password': {
    fr: 'Adresse e-mail ou mot de passe incorrect',
    nl: 'Onjuist e-mailadres of wachtwoord',
    de: 'E-Mail-Adresse oder Passwort falsch',
  },
  'Enter the code from your authenticator app': {
    fr: 'Saisissez le code de votre application d’authentification',
    nl: 'Voer de code van uw authenticator-app in',
    de: 'Geben Sie den Code aus Ihrer Authenticator-App ein',
  },
  'Invalid authentication code': {
    fr: 'Code d’authentification invalide',
    nl: 'Ongeldige verificatiecode',
    de: 'Ungültiger Authentifizierungscode',
  },
  'Current password is wrong': {
    fr: 'Le mot de passe actuel est incorrect',
    nl: 'Het huidige wachtwoord is onjuist',
    de: 'Das aktuelle Passwort ist falsch',
  },
  'Password is wrong': {
    fr: 'Mot de passe incorrect',
    nl: 'Onjuist wachtwoord',
    de: 'Falsches Passwort',
  },
  'This reset link is invalid or has expired': {
    fr: 'Ce lien de réinitialisation est invalide ou a expiré',
    nl: 'Deze herstellink is ongeldig of verlopen',
    de: 'Dieser Link zum Zurücksetzen ist ungültig oder abgelaufen',
  },
  'Sign in to continue': {
    fr: 'Connectez-vous pour continuer',
    nl: 'Meld u aan om verder te gaan',
    de: 'Melden Sie sich an, um fortzufahren',
  },
  'A company must keep at least one owner': {
    fr: 'Une entreprise doit garder au moins un propriétaire',
    nl: 'Een bedrijf moet minstens één eigenaar behouden',
    de: 'Ein Unternehmen muss mindestens einen Eigentümer behalten',
  },
  'Only an owner can grant or remove the owner role': {
    fr: 'Seul un propriétaire peut attribuer ou retirer le rôle de propriétaire',
    nl: 'Alleen een eigenaar kan de rol van eigenaar toekennen of intrekken',
    de: 'Nur ein Eigentümer kann die Eigentümerrolle vergeben oder entziehen',
  },
  'This person is already a member of the company': {
    fr: 'Cette personne est déjà membre de l’entreprise',
    nl: 'Deze persoon is al lid van het bedrijf',
    de: 'Diese Person ist bereits Mitglied des Unternehmens',
  },
  'The logo must be a PNG, JPEG or WebP image': {
    fr: 'Le logo doit être une image PNG, JPEG ou WebP',
    nl: 'Het logo moet een PNG-, JPEG- of WebP-afbeelding zijn',
    de: 'Das Logo muss ein PNG-, JPEG- oder WebP-Bild sein',
  },
  'The logo must be at most 2 MB': {
    fr: 'Le logo ne peut dépasser 2 Mo',
    nl: 'Het logo mag hoogstens 2 MB zijn',
    de: 'Das Logo darf höchstens 2 MB groß sein',
  },
  'Request body is too large': {
    fr: 'Le corps de la requête est trop volumineux',
    nl: 'De aanvraag is te groot',
    de: 'Der Anfrageinhalt ist zu groß',
  },
  'Too many attempts; try again later': {
    fr: 'Trop de tentatives ; réessayez plus tard',
    nl: 'Te veel pogingen; probeer het later opnieuw',
    de: 'Zu viele Versuche; versuchen Sie es später erneut',
  },
  'Unknown unit code (UN/ECE Recommendation 20)': {
    fr: 'Code d’unité inconnu (Recommandation 20 de la CEE-ONU)',
    nl: 'Onbekende eenheidscode (VN/ECE-aanbeveling 20)',
    de: 'Unbekannter Einheitencode (UN/ECE-Empfehlung 20)',
  },
  'A positive decimal number with at most 4 decimals, such as 12.50': {
    fr: 'Un nombre décimal positif avec au plus 4 décimales, par exemple 12.50',
    nl: 'Een positief decimaal getal met hoogstens 4 decimalen, bijvoorbeeld 12.50',
    de: 'Eine positive Dezimalzahl mit höchstens 4 Nachkommastellen, z. B. 12.50',
  },
  'A positive decimal number with at most 2 decimals, such as 12.50': {
    fr: 'Un nombre décimal positif avec au plus 2 décimales, par exemple 12.50',
    nl: 'Een positief decimaal getal met hoogstens 2 decimalen, bijvoorbeeld 12.50',
    de: 'Eine positive Dezimalzahl mit höchstens 2 Nachkommastellen, z. B. 12.50',
  },
  'The unit price is too large': {
    fr: 'Le prix unitaire est trop élevé',
    nl: 'De eenheidsprijs is te hoog',
    de: 'Der Stückpreis ist zu hoch',
  },
  'SKU is required': {
    fr: 'La référence (SKU) est obligatoire',
    nl: 'Het artikelnummer (SKU) is verplicht',
    de: 'Die Artikelnummer (SKU) ist erforderlich',
  },
  'At least one name is required': {
    fr: 'Au moins un nom est obligatoire',
    nl: 'Minstens één naam is verplicht',
    de: 'Mindestens ein Name ist erforderlich',
  },
  'A description needs a name in the same language': {
    fr: 'Une description demande un nom dans la même langue',
    nl: 'Een omschrijving vereist een naam in dezelfde taal',
    de: 'Eine Beschreibung erfordert einen Namen in derselben Sprache',
  },
  'A product with this SKU already exists': {
    fr: 'Un produit avec cette référence (SKU) existe déjà',
    nl: 'Er bestaat al een product met dit artikelnummer (SKU)',
    de: 'Ein Produkt mit dieser Artikelnummer (SKU) existiert bereits',
  },
  'This VAT rate and category are not offered by the company': {
    fr: 'Ce taux et cette catégorie de TVA ne sont pas proposés par l’entreprise',
    nl: 'Dit btw-tarief en deze btw-categorie worden niet aangeboden door het bedrijf',
    de: 'Dieser Steuersatz und diese Steuerkategorie werden vom Unternehmen nicht angeboten',
  },
  'This VAT rate is not in the table of the company’s country': {
    fr: 'Ce taux de TVA ne figure pas dans le barème du pays de l’entreprise',
    nl: 'Dit btw-tarief staat niet in de tabel van het land van het bedrijf',
    de: 'Dieser Steuersatz ist in der Tabelle des Landes des Unternehmens nicht enthalten',
  },
  'Category not found': {
    fr: 'Catégorie introuvable',
    nl: 'Categorie niet gevonden',
    de: 'Kategorie nicht gefunden',
  },
  'Product not found': {
    fr: 'Produit introuvable',
    nl: 'Product niet gevonden',
    de: 'Produkt nicht gefunden',
  },
  'A category cannot be moved under itself or one of its sub-categories': {
    fr: 'Une catégorie ne peut pas être déplacée sous elle-même ni sous l’une de ses sous-catégories',
    nl: 'Een categorie kan niet onder zichzelf of een van haar subcategorieën worden geplaatst',
    de: 'Eine Kategorie kann nicht unter sich selbst oder eine ihrer Unterkategorien verschoben werden',
  },
  'This category still has sub-categories or products': {
    fr: 'Cette catégorie contient encore des sous-catégories ou des produits',
    nl: 'Deze categorie bevat nog subcategorieën of producten',
    de: 'Diese Kategorie enthält noch Unterkategorien oder Produkte',
  },
  // CSV import ({name} placeholders are filled after translation)
  'The file is empty': {
    fr: 'Le fichier est vide',
    nl: 'Het bestand is leeg',
    de: 'Die Datei ist leer',
  },
  'The file has column names but no rows': {
    fr: 'Le fichier contient des noms de colonnes mais aucune ligne',
    nl: 'Het bestand bevat kolomnamen maar geen rijen',
    de: 'Die Datei enthält Spaltennamen, aber keine Zeilen',
  },
  'The file has more than {max} rows: split it': {
    fr: 'Le fichier compte plus de {max} lignes : divisez-le',
    nl: 'Het bestand telt meer dan {max} rijen: splits het op',
    de: 'Die Datei hat mehr als {max} Zeilen: teilen Sie sie auf',
  },
  'Several columns are named “{name}”': {
    fr: 'Plusieurs colonnes s’appellent « {name} »',
    nl: 'Meerdere kolommen heten “{name}”',
    de: 'Mehrere Spalten heißen „{name}“',
  },
  'A quoted value is not closed (row {row})': {
    fr: 'Une valeur entre guillemets n’est pas refermée (ligne {row})',
    nl: 'Een waarde tussen aanhalingstekens wordt niet afgesloten (rij {row})',
    de: 'Ein Wert in Anführungszeichen wird nicht geschlossen (Zeile {row})',
  },
  'A quote inside a quoted value must be doubled (row {row})': {
    fr: 'Un guillemet à l’intérieur d’une valeur entre guillemets doit être doublé (ligne {row})',
    nl: 'Een aanhalingsteken binnen een waarde tussen aanhalingstekens moet verdubbeld worden (rij {row})',
    de: 'Ein Anführungszeichen innerhalb eines Werts in Anführungszeichen muss verdoppelt werden (Zeile {row})',
  },
  'The file cannot be read as CSV (row {row})': {
    fr: 'Le fichier ne peut pas être lu comme CSV (ligne {row})',
    nl: 'Het bestand kan niet als CSV gelezen worden (rij {row})',
    de: 'Die Datei kann nicht als CSV gelesen werden (Zeile {row})',
  },
  'The columns could not be told apart: separate them with a comma, a semicolon, a tab or a vertical bar': {
    fr: 'Impossible de distinguer les colonnes : séparez-les par une virgule, un point-virgule, une tabulation ou une barre verticale',
    nl: 'De kolommen zijn niet te onderscheiden: scheid ze met een komma, een puntkomma, een tab of een verticale streep',
    de: 'Die Spalten lassen sich nicht unterscheiden: trennen Sie sie durch Komma, Semikolon, Tabulator oder senkrechten Strich',
  },
  'The first row holds values, not column names: add a header row': {
    fr: 'La première ligne contient des valeurs et non des noms de colonnes : ajoutez une ligne d’en-tête',
    nl: 'De eerste rij bevat waarden in plaats van kolomnamen: voeg een kopregel toe',
    de: 'Die erste Zeile enthält Werte statt Spaltennamen: fügen Sie eine Kopfzeile hinzu',
  },
  'Send the file itself as the request body, as text/csv': {
    fr: 'Envoyez le fichier lui-même comme corps de la requête, en text/csv',
    nl: 'Stuur het bestand zelf als inhoud van de aanvraag, als text/csv',
    de: 'Senden Sie die Datei selbst als Anfrageinhalt, als text/csv',
  },
  'No column of the file has this name': {
    fr: 'Aucune colonne du fichier ne porte ce nom',
    nl: 'Geen enkele kolom van het bestand heeft deze naam',
    de: 'Keine Spalte der Datei hat diesen Namen',
  },
  'No column holds the required field {field}': {
    fr: 'Aucune colonne ne contient le champ obligatoire {field}',
    nl: 'Geen enkele kolom bevat het verplichte veld {field}',
    de: 'Keine Spalte enthält das Pflichtfeld {field}',
  },
  'No column holds any of the fields {fields}: one is required': {
    fr: 'Aucune colonne ne contient l’un des champs {fields} : l’un d’eux est obligatoire',
    nl: 'Geen enkele kolom bevat een van de velden {fields}: één ervan is verplicht',
    de: 'Keine Spalte enthält eines der Felder {fields}: eines ist erforderlich',
  },
  'This row has more cells than the header row has columns': {
    fr: 'Cette ligne a plus de cellules que la ligne d’en-tête n’a de colonnes',
    nl: 'Deze rij heeft meer cellen dan de kopregel kolommen heeft',
    de: 'Diese Zeile hat mehr Zellen, als die Kopfzeile Spalten hat',
  },
  'This VAT number is already on row {row} of the file': {
    fr: 'Ce numéro de TVA figure déjà à la ligne {row} du fichier',
    nl: 'Dit btw-nummer staat al op rij {row} van het bestand',
    de: 'Diese USt-IdNr. steht bereits in Zeile {row} der Datei',
  },
  'This SKU is already on row {row} of the file': {
    fr: 'Cette référence (SKU) figure déjà à la ligne {row} du fichier',
    nl: 'Dit artikelnummer (SKU) staat al op rij {row} van het bestand',
    de: 'Diese Artikelnummer (SKU) steht bereits in Zeile {row} der Datei',
  },
  'The unit price is required': {
    fr: 'Le prix unitaire est obligatoire',
    nl: 'De eenheidsprijs is verplicht',
    de: 'Der Stückpreis ist erforderlich',
  },
  'Several categories have this name: give its path, such as Parent / Child': {
    fr: 'Plusieurs catégories portent ce nom : indiquez son chemin, par exemple Parent / Enfant',
    nl: 'Meerdere categorieën hebben deze naam: geef het pad op, bijvoorbeeld Ouder / Kind',
    de: 'Mehrere Kategorien haben diesen Namen: geben Sie den Pfad an, z. B. Oberkategorie / Unterkategorie',
  },
  'Errors in the rows: {count}. Nothing was imported': {
    fr: 'Erreurs dans les lignes : {count}. Rien n’a été importé',
    nl: 'Fouten in de rijen: {count}. Er werd niets geïmporteerd',
    de: 'Fehler in den Zeilen: {count}. Nichts wurde importiert',
  },
  'The import failed: nothing was imported': {
    fr: 'L’import a échoué : rien n’a été importé',
    nl: 'De import is mislukt: er werd niets geïmporteerd',
    de: 'Der Import ist fehlgeschlagen: nichts wurde importiert',
  },
  'This import has already been committed': {
    fr: 'Cet import a déjà été effectué',
    nl: 'Deze import is al uitgevoerd',
    de: 'Dieser Import wurde bereits ausgeführt',
  },
  'This import is already running': {
    fr: 'Cet import est déjà en cours',
    nl: 'Deze import is al bezig',
    de: 'Dieser Import läuft bereits',
  },
  'Import not found': {
    fr: 'Import introuvable',
    nl: 'Import niet gevonden',
    de: 'Import nicht gefunden',
  },
};

/** The caller's language: the first supported tag of Accept-Language, then the account's, else English. */
export function pickLanguage(acceptLanguage: string | undefined, fallback?: string): MessageLanguage {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag && (LANGUAGES as readonly string[]).includes(tag)) return tag as MessageLanguage;
  }
  return fallback && (LANGUAGES as readonly string[]).includes(fallback)
    ? (fallback as MessageLanguage)
    : 'en';
}

export function translate(message: string, lang: MessageLanguage): string {
  if (lang === 'en') return message;
  return MESSAGES[message]?.[lang] ?? message;
}
