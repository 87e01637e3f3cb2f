import { BANK_CAMT_MESSAGES } from './messages/bank-camt.js';
import { BANK_CODA_MESSAGES } from './messages/bank-coda.js';
import { BANK_CSV_MESSAGES } from './messages/bank-csv.js';
import { BANK_MT940_MESSAGES } from './messages/bank-mt940.js';
import { BANK_OFX_MESSAGES } from './messages/bank-ofx.js';
import { BANKING_MESSAGES } from './messages/banking.js';

/**
 * Translations of the messages the API writes into problem+json (`detail` and `errors[].message`),
 * keyed by their English text: the code keeps readable English where the rule is written, and the
 * error handler answers in the caller's language (Accept-Language: fr, nl, de; English otherwise).
 */
export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type MessageLanguage = (typeof LANGUAGES)[number];

export type Translations = Record<Exclude<MessageLanguage, 'en'>, string>;

export const MESSAGES: Record<string, Translations> = {
  ...BANK_CAMT_MESSAGES,
  ...BANK_CODA_MESSAGES,
  ...BANK_MT940_MESSAGES,
  ...BANK_OFX_MESSAGES,
  ...BANK_CSV_MESSAGES,
  ...BANKING_MESSAGES,
  // ── Sizes of any field (platform/http/validation.ts): "{n}" is filled in after translation ──
  'At most {n} characters': {
    fr: '{n} caractères au plus',
    nl: 'Hoogstens {n} tekens',
    de: 'Höchstens {n} Zeichen',
  },
  'At least {n} characters': {
    fr: 'Au moins {n} caractères',
    nl: 'Minstens {n} tekens',
    de: 'Mindestens {n} Zeichen',
  },
  'At least one is required': {
    fr: 'Au moins un élément est requis',
    nl: 'Minstens één element is vereist',
    de: 'Mindestens ein Eintrag ist erforderlich',
  },
  'At most {n} items': {
    fr: '{n} éléments au plus',
    nl: 'Hoogstens {n} elementen',
    de: 'Höchstens {n} Einträge',
  },
  'At least {n} items': {
    fr: 'Au moins {n} éléments',
    nl: 'Minstens {n} elementen',
    de: 'Mindestens {n} Einträge',
  },
  'At most {n}': { fr: '{n} au plus', nl: 'Hoogstens {n}', de: 'Höchstens {n}' },
  'At least {n}': { fr: 'Au moins {n}', nl: 'Minstens {n}', de: 'Mindestens {n}' },
  'Less than {n}': { fr: 'Moins de {n}', nl: 'Minder dan {n}', de: 'Weniger als {n}' },
  'More than {n}': { fr: 'Plus de {n}', nl: 'Meer dan {n}', de: 'Mehr als {n}' },
  // ── Amount limits (shared/amount-limits.ts) ──
  'A line’s amount (quantity × unit price) may not exceed 9,999,999,999.99': {
    fr: 'Le montant d’une ligne (quantité × prix unitaire) ne peut pas dépasser 9 999 999 999,99',
    nl: 'Het bedrag van een regel (hoeveelheid × eenheidsprijs) mag niet hoger zijn dan 9.999.999.999,99',
    de: 'Der Betrag einer Zeile (Menge × Einzelpreis) darf 9.999.999.999,99 nicht übersteigen',
  },
  'A VAT rate is at most 100 %': {
    fr: 'Un taux de TVA est d’au plus 100 %',
    nl: 'Een btw-tarief is hoogstens 100 %',
    de: 'Ein Umsatzsteuersatz beträgt höchstens 100 %',
  },
  'At most 9 digits before the decimal point': {
    fr: 'Au plus 9 chiffres avant la virgule',
    nl: 'Hoogstens 9 cijfers vóór de komma',
    de: 'Höchstens 9 Ziffern vor dem Komma',
  },
  'At most 10 digits before the decimal point': {
    fr: 'Au plus 10 chiffres avant la virgule',
    nl: 'Hoogstens 10 cijfers vóór de komma',
    de: 'Höchstens 10 Ziffern vor dem Komma',
  },
  'At most 11 digits before the decimal point': {
    fr: 'Au plus 11 chiffres avant la virgule',
    nl: 'Hoogstens 11 cijfers vóór de komma',
    de: 'Höchstens 11 Ziffern vor dem Komma',
  },
  'At most 12 digits before the decimal point': {
    fr: 'Au plus 12 chiffres avant la virgule',
    nl: 'Hoogstens 12 cijfers vóór de komma',
    de: 'Höchstens 12 Ziffern vor dem Komma',
  },
  // ── Numbering that cannot break (documents/settings.service.ts, lifecycle.service.ts) ──
  'This format would number a document {number} again, a number already issued': {
    fr: 'Ce format numéroterait à nouveau un document {number}, un numéro déjà émis',
    nl: 'Dit formaat zou opnieuw een document {number} nummeren, een nummer dat al is uitgegeven',
    de: 'Dieses Format würde erneut ein Dokument {number} nummerieren, eine bereits vergebene Nummer',
  },
  // ── Outbound connections (platform/mail/transports.ts, mail/mail-settings.ts) ──
  'The SMTP server must have a public address that can be found': {
    fr: 'Le serveur SMTP doit avoir une adresse publique qui peut être trouvée',
    nl: 'De SMTP-server moet een openbaar adres hebben dat gevonden kan worden',
    de: 'Der SMTP-Server muss eine öffentliche, auffindbare Adresse haben',
  },
  'Could not connect to the SMTP server or sign in to it: check the address, port, user and password': {
    fr: 'Impossible de se connecter au serveur SMTP ou de s’y identifier : vérifiez l’adresse, le port, l’utilisateur et le mot de passe',
    nl: 'Kon geen verbinding maken met de SMTP-server of er niet op aanmelden: controleer adres, poort, gebruiker en wachtwoord',
    de: 'Keine Verbindung zum SMTP-Server oder keine Anmeldung möglich: prüfen Sie Adresse, Port, Benutzer und Passwort',
  },
  'No SMTP server configured: mail stays in the local outbox': {
    fr: 'Aucun serveur SMTP configuré : les e-mails restent dans la boîte d’envoi locale',
    nl: 'Geen SMTP-server ingesteld: e-mails blijven in de lokale outbox',
    de: 'Kein SMTP-Server eingerichtet: E-Mails bleiben im lokalen Postausgang',
  },
  // ── Accounts (auth/auth.service.ts, companies/companies.service.ts) ──
  'This verification link is invalid or has expired': {
    fr: 'Ce lien de vérification est invalide ou a expiré',
    nl: 'Deze verificatielink is ongeldig of verlopen',
    de: 'Dieser Bestätigungslink ist ungültig oder abgelaufen',
  },
  'Your e-mail address is already verified': {
    fr: 'Votre adresse e-mail est déjà vérifiée',
    nl: 'Uw e-mailadres is al geverifieerd',
    de: 'Ihre E-Mail-Adresse ist bereits bestätigt',
  },
  'This code has been used already: wait for the next one': {
    fr: 'Ce code a déjà été utilisé : attendez le suivant',
    nl: 'Deze code is al gebruikt: wacht op de volgende',
    de: 'Dieser Code wurde bereits verwendet: warten Sie auf den nächsten',
  },
  'Too many attempts; try again in {minutes} min': {
    fr: 'Trop de tentatives ; réessayez dans {minutes} min',
    nl: 'Te veel pogingen; probeer opnieuw over {minutes} min',
    de: 'Zu viele Versuche; versuchen Sie es in {minutes} Min. erneut',
  },
  'This invitation was sent to {email}; sign in with that address': {
    fr: 'Cette invitation a été envoyée à {email} ; connectez-vous avec cette adresse',
    nl: 'Deze uitnodiging is verzonden naar {email}; meld u aan met dat adres',
    de: 'Diese Einladung wurde an {email} gesendet; melden Sie sich mit dieser Adresse an',
  },
  'Confirm your e-mail address first: open the link we mailed to {email}, then accept the invitation': {
    fr: 'Confirmez d’abord votre adresse e-mail : ouvrez le lien envoyé à {email}, puis acceptez l’invitation',
    nl: 'Bevestig eerst uw e-mailadres: open de link die we naar {email} stuurden en aanvaard dan de uitnodiging',
    de: 'Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den an {email} gesendeten Link und nehmen Sie dann die Einladung an',
  },
  'You cannot give a role that may do more than your own': {
    fr: 'Vous ne pouvez pas attribuer un rôle qui permet plus que le vôtre',
    nl: 'U kunt geen rol toekennen die meer mag dan uw eigen rol',
    de: 'Sie können keine Rolle vergeben, die mehr darf als Ihre eigene',
  },
  // ── Issue dates (documents/lifecycle.service.ts) ──
  'The issue date may be at most {days} days after today': {
    fr: 'La date d’émission peut être au plus {days} jours après aujourd’hui',
    nl: 'De uitgiftedatum mag hoogstens {days} dagen na vandaag liggen',
    de: 'Das Ausstellungsdatum darf höchstens {days} Tage nach heute liegen',
  },
  // ── Database constraints answered as problems (platform/http/problem.ts) ──
  'This value is already used by another record': {
    fr: 'Cette valeur est déjà utilisée par un autre enregistrement',
    nl: 'Deze waarde wordt al door een ander record gebruikt',
    de: 'Dieser Wert wird bereits von einem anderen Datensatz verwendet',
  },
  'This record is still used by others and cannot be removed': {
    fr: 'Cet enregistrement est encore utilisé ailleurs et ne peut pas être supprimé',
    nl: 'Dit record wordt nog elders gebruikt en kan niet worden verwijderd',
    de: 'Dieser Datensatz wird noch anderweitig verwendet und kann nicht entfernt werden',
  },
  'A record this refers to does not exist': {
    fr: 'Un enregistrement auquel ceci fait référence n’existe pas',
    nl: 'Een record waarnaar dit verwijst bestaat niet',
    de: 'Ein Datensatz, auf den hier verwiesen wird, existiert nicht',
  },
  'A record this refers to does not exist, or this record is still used by others': {
    fr: 'Un enregistrement auquel ceci fait référence n’existe pas, ou cet enregistrement est encore utilisé ailleurs',
    nl: 'Een record waarnaar dit verwijst bestaat niet, of dit record wordt nog elders gebruikt',
    de: 'Ein Datensatz, auf den hier verwiesen wird, existiert nicht, oder dieser Datensatz wird noch anderweitig verwendet',
  },
  'A value is required': {
    fr: 'Une valeur est requise',
    nl: 'Een waarde is verplicht',
    de: 'Ein Wert ist erforderlich',
  },
  'The value breaks a rule of the data': {
    fr: 'La valeur enfreint une règle des données',
    nl: 'De waarde overtreedt een regel van de gegevens',
    de: 'Der Wert verletzt eine Regel der Daten',
  },
  'Choose customer, supplier or both': {
    fr: 'Choisissez client, fournisseur ou les deux',
    nl: 'Kies klant, leverancier of beide',
    de: 'Wählen Sie Kunde, Lieferant oder beides',
  },
  'Each document may appear once': {
    fr: 'Chaque document ne peut figurer qu’une fois',
    nl: 'Elk document mag maar één keer voorkomen',
    de: 'Jedes Dokument darf nur einmal vorkommen',
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
  'The enterprise number must be the VAT number without BE: {number}': {
    fr: 'Le numéro d’entreprise doit être le numéro de TVA sans BE : {number}',
    nl: 'Het ondernemingsnummer moet het btw-nummer zonder BE zijn: {number}',
    de: 'Die Unternehmensnummer muss die USt-IdNr. ohne BE sein: {number}',
  },
  // ── VAT number lookup (vat-lookup/vat-lookup.service.ts) ──
  'The EU VAT register (VIES) is not available right now: try again later or fill in the details yourself': {
    fr: 'Le registre européen de la TVA (VIES) n’est pas disponible pour le moment : réessayez plus tard ou complétez les données vous-même',
    nl: 'Het Europese btw-register (VIES) is momenteel niet beschikbaar: probeer het later opnieuw of vul de gegevens zelf in',
    de: 'Das EU-Umsatzsteuerregister (VIES) ist gerade nicht erreichbar: versuchen Sie es später erneut oder tragen Sie die Angaben selbst ein',
  },
  'The EU VAT register (VIES) is busy: try again in a moment or fill in the details yourself': {
    fr: 'Le registre européen de la TVA (VIES) est surchargé : réessayez dans un instant ou complétez les données vous-même',
    nl: 'Het Europese btw-register (VIES) is overbelast: probeer het zo meteen opnieuw of vul de gegevens zelf in',
    de: 'Das EU-Umsatzsteuerregister (VIES) ist überlastet: versuchen Sie es gleich noch einmal oder tragen Sie die Angaben selbst ein',
  },
  'The EU VAT register (VIES) did not answer in time: try again later or fill in the details yourself': {
    fr: 'Le registre européen de la TVA (VIES) n’a pas répondu à temps : réessayez plus tard ou complétez les données vous-même',
    nl: 'Het Europese btw-register (VIES) antwoordde niet op tijd: probeer het later opnieuw of vul de gegevens zelf in',
    de: 'Das EU-Umsatzsteuerregister (VIES) hat nicht rechtzeitig geantwortet: versuchen Sie es später erneut oder tragen Sie die Angaben selbst ein',
  },
  'The EU VAT register (VIES) does not accept this VAT number': {
    fr: 'Le registre européen de la TVA (VIES) n’accepte pas ce numéro de TVA',
    nl: 'Het Europese btw-register (VIES) aanvaardt dit btw-nummer niet',
    de: 'Das EU-Umsatzsteuerregister (VIES) akzeptiert diese USt-IdNr. nicht',
  },
  'Only VAT numbers of EU member states can be looked up in VIES': {
    fr: 'Seuls les numéros de TVA des États membres de l’UE peuvent être recherchés dans VIES',
    nl: 'Alleen btw-nummers van EU-lidstaten kunnen in VIES worden opgezocht',
    de: 'Nur USt-IdNrn. von EU-Mitgliedstaaten können in VIES abgefragt werden',
  },
  'Looking up VAT numbers is turned off on this installation': {
    fr: 'La recherche par numéro de TVA est désactivée sur cette installation',
    nl: 'Opzoeken op btw-nummer is uitgeschakeld op deze installatie',
    de: 'Die Abfrage von USt-IdNrn. ist in dieser Installation abgeschaltet',
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
  'A contact on documents cannot be deleted: archive it instead': {
    fr: 'Un contact présent sur des documents ne peut pas être supprimé : archivez-le plutôt',
    nl: 'Een contact dat op documenten staat kan niet verwijderd worden: archiveer het',
    de: 'Ein Kontakt auf Belegen kann nicht gelöscht werden: archivieren Sie ihn stattdessen',
  },
  'A product on documents cannot be deleted: archive it instead': {
    fr: 'Un produit présent sur des documents ne peut pas être supprimé : archivez-le plutôt',
    nl: 'Een product dat op documenten staat kan niet verwijderd worden: archiveer het',
    de: 'Ein Artikel auf Belegen kann nicht gelöscht werden: archivieren Sie ihn stattdessen',
  },
  // Public pages and e-mail
  'A draft has no public page: send or issue it first': {
    fr: 'Un brouillon n’a pas de page publique : envoyez-le ou émettez-le d’abord',
    nl: 'Een concept heeft geen openbare pagina: verstuur of maak het eerst definitief',
    de: 'Ein Entwurf hat keine öffentliche Seite: senden oder stellen Sie ihn zuerst aus',
  },
  'A draft cannot be sent: issue it first': {
    fr: 'Un brouillon ne peut pas être envoyé : émettez-le d’abord',
    nl: 'Een concept kan niet verstuurd worden: maak het eerst definitief',
    de: 'Ein Entwurf kann nicht gesendet werden: stellen Sie ihn zuerst aus',
  },
  'The document is already issued: its date cannot change': {
    fr: 'Le document est déjà émis : sa date ne peut plus changer',
    nl: 'Het document is al uitgereikt: de datum kan niet meer veranderen',
    de: 'Der Beleg ist bereits ausgestellt: sein Datum kann sich nicht mehr ändern',
  },
  'The customer has no e-mail address: enter a recipient': {
    fr: 'Le client n’a pas d’adresse e-mail : indiquez un destinataire',
    nl: 'De klant heeft geen e-mailadres: vul een ontvanger in',
    de: 'Der Kunde hat keine E-Mail-Adresse: geben Sie einen Empfänger an',
  },
  'The template has errors': {
    fr: 'Le modèle contient des erreurs',
    nl: 'Het sjabloon bevat fouten',
    de: 'Die Vorlage enthält Fehler',
  },
  'An smtp:// or smtps:// URL, such as smtp://user:password@smtp.example.com:587': {
    fr: 'Une URL smtp:// ou smtps://, par exemple smtp://utilisateur:motdepasse@smtp.example.com:587',
    nl: 'Een smtp://- of smtps://-URL, bijvoorbeeld smtp://gebruiker:wachtwoord@smtp.example.com:587',
    de: 'Eine smtp://- oder smtps://-URL, z. B. smtp://benutzer:passwort@smtp.example.com:587',
  },
  'An address such as Name <billing@example.com>': {
    fr: 'Une adresse comme Nom <facturation@example.com>',
    nl: 'Een adres zoals Naam <facturatie@example.com>',
    de: 'Eine Adresse wie Name <rechnung@example.com>',
  },
  'A colour as #RRGGBB': {
    fr: 'Une couleur au format #RRGGBB',
    nl: 'Een kleur in de vorm #RRGGBB',
    de: 'Eine Farbe im Format #RRGGBB',
  },
  'Not a line of the document this one was made from': {
    fr: 'Ce n’est pas une ligne du document d’origine',
    nl: 'Dit is geen regel van het brondocument',
    de: 'Keine Zeile des Ausgangsbelegs',
  },
  'Document not found': {
    fr: 'Document introuvable',
    nl: 'Document niet gevonden',
    de: 'Beleg nicht gefunden',
  },
  // A document line named by a request (a credit note's lines, a derived draft's source lines).
  'Line not found': {
    fr: 'Ligne introuvable',
    nl: 'Regel niet gevonden',
    de: 'Zeile nicht gefunden',
  },
  'Message not found': {
    fr: 'Message introuvable',
    nl: 'Bericht niet gevonden',
    de: 'Nachricht nicht gefunden',
  },
  'Attachment not found': {
    fr: 'Pièce jointe introuvable',
    nl: 'Bijlage niet gevonden',
    de: 'Anhang nicht gefunden',
  },
  // Sales documents
  'A date as YYYY-MM-DD': {
    fr: 'Une date au format AAAA-MM-JJ',
    nl: 'Een datum als JJJJ-MM-DD',
    de: 'Ein Datum im Format JJJJ-MM-TT',
  },
  'Not a calendar date': {
    fr: 'Cette date n’existe pas dans le calendrier',
    nl: 'Deze datum bestaat niet in de kalender',
    de: 'Dieses Datum gibt es im Kalender nicht',
  },
  'A percentage between 0 and 100': {
    fr: 'Un pourcentage entre 0 et 100',
    nl: 'Een percentage tussen 0 en 100',
    de: 'Ein Prozentsatz zwischen 0 und 100',
  },
  'A decimal number with at most 3 decimals, such as 12.50': {
    fr: 'Un nombre décimal avec au plus 3 décimales, par exemple 12.50',
    nl: 'Een decimaal getal met hoogstens 3 decimalen, bijvoorbeeld 12.50',
    de: 'Eine Dezimalzahl mit höchstens 3 Nachkommastellen, z. B. 12.50',
  },
  'A decimal number with at most 4 decimals, such as 12.50': {
    fr: 'Un nombre décimal avec au plus 4 décimales, par exemple 12.50',
    nl: 'Een decimaal getal met hoogstens 4 decimalen, bijvoorbeeld 12.50',
    de: 'Eine Dezimalzahl mit höchstens 4 Nachkommastellen, z. B. 12.50',
  },
  'A positive decimal number with at most 3 decimals, such as 12.50': {
    fr: 'Un nombre décimal positif avec au plus 3 décimales, par exemple 12.50',
    nl: 'Een positief decimaal getal met hoogstens 3 decimalen, bijvoorbeeld 12.50',
    de: 'Eine positive Dezimalzahl mit höchstens 3 Nachkommastellen, z. B. 12.50',
  },
  'Give either a percentage or an amount': {
    fr: 'Indiquez soit un pourcentage, soit un montant',
    nl: 'Geef ofwel een percentage, ofwel een bedrag op',
    de: 'Geben Sie entweder einen Prozentsatz oder einen Betrag an',
  },
  'Company not found': {
    fr: 'Entreprise introuvable',
    nl: 'Bedrijf niet gevonden',
    de: 'Unternehmen nicht gefunden',
  },
  'Contact not found': {
    fr: 'Contact introuvable',
    nl: 'Contact niet gevonden',
    de: 'Kontakt nicht gefunden',
  },
  'Quote not found': {
    fr: 'Offre introuvable',
    nl: 'Offerte niet gevonden',
    de: 'Angebot nicht gefunden',
  },
  'Order not found': {
    fr: 'Commande introuvable',
    nl: 'Bestelling niet gevonden',
    de: 'Bestellung nicht gefunden',
  },
  'Invoice not found': {
    fr: 'Facture introuvable',
    nl: 'Factuur niet gevonden',
    de: 'Rechnung nicht gefunden',
  },
  'Payment not found': {
    fr: 'Paiement introuvable',
    nl: 'Betaling niet gevonden',
    de: 'Zahlung nicht gefunden',
  },
  'Allocation not found': {
    fr: 'Affectation introuvable',
    nl: 'Toewijzing niet gevonden',
    de: 'Zuordnung nicht gefunden',
  },
  'Only invoices can be paid': {
    fr: 'Seules les factures peuvent être payées',
    nl: 'Alleen facturen kunnen betaald worden',
    de: 'Nur Rechnungen können bezahlt werden',
  },
  'Only an issued invoice that is not paid or cancelled can be settled': {
    fr: 'Seule une facture émise, ni payée ni annulée, peut être réglée',
    nl: 'Alleen een uitgereikte factuur die niet betaald of geannuleerd is, kan vereffend worden',
    de: 'Nur eine ausgestellte, weder bezahlte noch stornierte Rechnung kann beglichen werden',
  },
  'The invoice is addressed to another customer': {
    fr: 'La facture est adressée à un autre client',
    nl: 'De factuur is aan een andere klant gericht',
    de: 'Die Rechnung ist an einen anderen Kunden gerichtet',
  },
  'The payment is dated before the invoice’s issue date': {
    fr: 'Le paiement est daté d’avant la date d’émission de la facture',
    nl: 'De betaling is gedateerd vóór de uitgiftedatum van de factuur',
    de: 'Die Zahlung ist vor dem Ausstellungsdatum der Rechnung datiert',
  },
  'The credit note and the invoice are in different currencies': {
    fr: 'La note de crédit et la facture sont dans des devises différentes',
    nl: 'De creditnota en de factuur zijn in verschillende munten',
    de: 'Gutschrift und Rechnung lauten auf verschiedene Währungen',
  },
  'A payment in another currency than the invoice needs an exchange rate': {
    fr: 'Un paiement dans une autre devise que la facture demande un taux de change',
    nl: 'Een betaling in een andere munt dan de factuur vraagt een wisselkoers',
    de: 'Eine Zahlung in einer anderen Währung als die Rechnung braucht einen Wechselkurs',
  },
  'The amount is larger than the invoice’s open balance': {
    fr: 'Le montant dépasse le solde ouvert de la facture',
    nl: 'Het bedrag is groter dan het openstaande saldo van de factuur',
    de: 'Der Betrag übersteigt den offenen Saldo der Rechnung',
  },
  'Nothing is left to allocate': {
    fr: 'Il ne reste rien à affecter',
    nl: 'Er blijft niets over om toe te wijzen',
    de: 'Es bleibt nichts zuzuordnen',
  },
  'The allocations are larger than what is left to allocate': {
    fr: 'Les affectations dépassent ce qui reste à affecter',
    nl: 'De toewijzingen zijn groter dan wat er nog toe te wijzen is',
    de: 'Die Zuordnungen übersteigen den noch zuzuordnenden Betrag',
  },
  'More decimals than the currency has': {
    fr: 'Plus de décimales que la devise n’en a',
    nl: 'Meer decimalen dan de munt heeft',
    de: 'Mehr Nachkommastellen als die Währung hat',
  },
  'The payment is larger than what it settles: keep the rest as the customer’s credit explicitly': {
    fr: 'Le paiement dépasse ce qu’il règle : gardez explicitement le reste comme avoir du client',
    nl: 'De betaling is groter dan wat ze vereffent: houd de rest uitdrukkelijk bij als tegoed van de klant',
    de: 'Die Zahlung übersteigt den beglichenen Betrag: den Rest ausdrücklich als Guthaben des Kunden behalten',
  },
  'The refund is dated before the payment': {
    fr: 'Le remboursement est daté d’avant le paiement',
    nl: 'De terugbetaling is gedateerd vóór de betaling',
    de: 'Die Rückzahlung ist vor der Zahlung datiert',
  },
  'The refund is larger than the payment’s unallocated credit': {
    fr: 'Le remboursement dépasse l’avoir non affecté du paiement',
    nl: 'De terugbetaling is groter dan het niet-toegewezen tegoed van de betaling',
    de: 'Die Rückzahlung übersteigt das nicht zugeordnete Guthaben der Zahlung',
  },
  'Only an issued credit note can be applied to an invoice': {
    fr: 'Seule une note de crédit émise peut être imputée sur une facture',
    nl: 'Alleen een uitgereikte creditnota kan op een factuur worden toegepast',
    de: 'Nur eine ausgestellte Gutschrift kann auf eine Rechnung angerechnet werden',
  },
  'This credit note was made of an invoice and already reduces it: it cannot be applied to another': {
    fr: 'Cette note de crédit a été faite d’une facture et la réduit déjà : elle ne peut pas être imputée sur une autre',
    nl: 'Deze creditnota werd van een factuur gemaakt en vermindert die al: ze kan niet op een andere worden toegepast',
    de: 'Diese Gutschrift wurde zu einer Rechnung erstellt und mindert sie bereits: Sie kann nicht auf eine andere angerechnet werden',
  },
  'The amount must be more than zero': {
    fr: 'Le montant doit être supérieur à zéro',
    nl: 'Het bedrag moet groter zijn dan nul',
    de: 'Der Betrag muss größer als null sein',
  },
  'The exchange rate must be more than zero': {
    fr: 'Le taux de change doit être supérieur à zéro',
    nl: 'De wisselkoers moet groter zijn dan nul',
    de: 'Der Wechselkurs muss größer als null sein',
  },
  'Credit note not found': {
    fr: 'Note de crédit introuvable',
    nl: 'Creditnota niet gevonden',
    de: 'Gutschrift nicht gefunden',
  },
  'Unknown status for this kind of document': {
    fr: 'Statut inconnu pour ce type de document',
    nl: 'Onbekende status voor dit soort document',
    de: 'Unbekannter Status für diese Dokumentart',
  },
  'An issued invoice cannot be changed or deleted: create a credit note to correct it': {
    fr: 'Une facture émise ne peut être ni modifiée ni supprimée : établissez une note de crédit pour la corriger',
    nl: 'Een uitgereikte factuur kan niet gewijzigd of verwijderd worden: maak een creditnota op om ze te corrigeren',
    de: 'Eine ausgestellte Rechnung kann weder geändert noch gelöscht werden: erstellen Sie eine Gutschrift, um sie zu korrigieren',
  },
  'Only draft documents can be changed or deleted': {
    fr: 'Seuls les documents en brouillon peuvent être modifiés ou supprimés',
    nl: 'Alleen conceptdocumenten kunnen gewijzigd of verwijderd worden',
    de: 'Nur Entwürfe können geändert oder gelöscht werden',
  },
  'The due date cannot be before the issue date': {
    fr: 'La date d’échéance ne peut pas précéder la date d’émission',
    nl: 'De vervaldatum kan niet vóór de uitgiftedatum liggen',
    de: 'Das Fälligkeitsdatum darf nicht vor dem Ausstellungsdatum liegen',
  },
  'The validity date cannot be before the issue date': {
    fr: 'La date de validité ne peut pas précéder la date d’émission',
    nl: 'De geldigheidsdatum kan niet vóór de uitgiftedatum liggen',
    de: 'Das Gültigkeitsdatum darf nicht vor dem Ausstellungsdatum liegen',
  },
  'The product is priced in another currency than the document: enter the unit price': {
    fr: 'Le prix du produit est exprimé dans une autre devise que le document : saisissez le prix unitaire',
    nl: 'De prijs van het product staat in een andere valuta dan het document: vul de eenheidsprijs in',
    de: 'Der Preis des Produkts ist in einer anderen Währung als das Dokument angegeben: geben Sie den Stückpreis ein',
  },
  'A line needs a description': {
    fr: 'Une ligne doit avoir une description',
    nl: 'Een regel moet een omschrijving hebben',
    de: 'Eine Position braucht eine Beschreibung',
  },
  'A line needs a unit price': {
    fr: 'Une ligne doit avoir un prix unitaire',
    nl: 'Een regel moet een eenheidsprijs hebben',
    de: 'Eine Position braucht einen Stückpreis',
  },
  'A line needs a VAT category': {
    fr: 'Une ligne doit avoir une catégorie de TVA',
    nl: 'Een regel moet een btw-categorie hebben',
    de: 'Eine Position braucht eine Steuerkategorie',
  },
  'A line needs a VAT rate': {
    fr: 'Une ligne doit avoir un taux de TVA',
    nl: 'Een regel moet een btw-tarief hebben',
    de: 'Eine Position braucht einen Steuersatz',
  },
  'This quote cannot be changed this way in its current status': {
    fr: 'Cette action n’est pas possible sur cette offre dans son statut actuel',
    nl: 'Deze actie is niet mogelijk voor deze offerte in de huidige status',
    de: 'Diese Aktion ist für dieses Angebot im aktuellen Status nicht möglich',
  },
  'This order cannot be changed this way in its current status': {
    fr: 'Cette action n’est pas possible sur cette commande dans son statut actuel',
    nl: 'Deze actie is niet mogelijk voor deze bestelling in de huidige status',
    de: 'Diese Aktion ist für diese Bestellung im aktuellen Status nicht möglich',
  },
  'This invoice cannot be changed this way in its current status': {
    fr: 'Cette action n’est pas possible sur cette facture dans son statut actuel',
    nl: 'Deze actie is niet mogelijk voor deze factuur in de huidige status',
    de: 'Diese Aktion ist für diese Rechnung im aktuellen Status nicht möglich',
  },
  'This credit note cannot be changed this way in its current status': {
    fr: 'Cette action n’est pas possible sur cette note de crédit dans son statut actuel',
    nl: 'Deze actie is niet mogelijk voor deze creditnota in de huidige status',
    de: 'Diese Aktion ist für diese Gutschrift im aktuellen Status nicht möglich',
  },
  'The issue date cannot be earlier than the last issued document of the series': {
    fr: 'La date d’émission ne peut pas être antérieure à celle du dernier document émis de la série',
    nl: 'De uitgiftedatum kan niet vroeger zijn dan die van het laatst uitgereikte document van de reeks',
    de: 'Das Ausstellungsdatum darf nicht vor dem des zuletzt ausgestellten Dokuments des Nummernkreises liegen',
  },
  'On or after the issue date of the last document of the series': {
    fr: 'À la date d’émission du dernier document de la série ou après',
    nl: 'Op of na de uitgiftedatum van het laatste document van de reeks',
    de: 'Am oder nach dem Ausstellungsdatum des letzten Dokuments des Nummernkreises',
  },
  'Choose the customer before issuing': {
    fr: 'Choisissez le client avant l’émission',
    nl: 'Kies de klant vóór de uitgifte',
    de: 'Wählen Sie den Kunden vor dem Ausstellen',
  },
  'A document needs at least one line': {
    fr: 'Un document doit comporter au moins une ligne',
    nl: 'Een document moet minstens één regel bevatten',
    de: 'Ein Dokument braucht mindestens eine Position',
  },
  'The credit note is larger than what remains of the invoice': {
    fr: 'La note de crédit dépasse ce qui reste de la facture',
    nl: 'De creditnota is groter dan wat er van de factuur overblijft',
    de: 'Die Gutschrift übersteigt den Restbetrag der Rechnung',
  },
  'An order with invoices cannot be cancelled: credit the invoices first': {
    fr: 'Une commande facturée ne peut pas être annulée : établissez d’abord une note de crédit pour ses factures',
    nl: 'Een bestelling met facturen kan niet geannuleerd worden: crediteer eerst de facturen',
    de: 'Eine Bestellung mit Rechnungen kann nicht storniert werden: erstellen Sie zuerst Gutschriften zu den Rechnungen',
  },
  'Only an accepted quote can become an order': {
    fr: 'Seule une offre acceptée peut devenir une commande',
    nl: 'Alleen een aanvaarde offerte kan een bestelling worden',
    de: 'Nur ein angenommenes Angebot kann zur Bestellung werden',
  },
  'This quote already has an order': {
    fr: 'Cette offre a déjà une commande',
    nl: 'Deze offerte heeft al een bestelling',
    de: 'Zu diesem Angebot gibt es bereits eine Bestellung',
  },
  'Only an accepted quote can be invoiced': {
    fr: 'Seule une offre acceptée peut être facturée',
    nl: 'Alleen een aanvaarde offerte kan gefactureerd worden',
    de: 'Nur ein angenommenes Angebot kann in Rechnung gestellt werden',
  },
  'Only a confirmed order can be invoiced': {
    fr: 'Seule une commande confirmée peut être facturée',
    nl: 'Alleen een bevestigde bestelling kan gefactureerd worden',
    de: 'Nur eine bestätigte Bestellung kann in Rechnung gestellt werden',
  },
  'This quote has an order: invoice the order': {
    fr: 'Cette offre a une commande : facturez la commande',
    nl: 'Deze offerte heeft een bestelling: factureer de bestelling',
    de: 'Zu diesem Angebot gibt es eine Bestellung: stellen Sie die Bestellung in Rechnung',
  },
  'A draft invoice of this document exists: issue or delete it first': {
    fr: 'Une facture en brouillon existe pour ce document : émettez-la ou supprimez-la d’abord',
    nl: 'Er bestaat een conceptfactuur voor dit document: reik ze eerst uit of verwijder ze',
    de: 'Zu diesem Dokument gibt es einen Rechnungsentwurf: stellen Sie ihn zuerst aus oder löschen Sie ihn',
  },
  'This document is already invoiced': {
    fr: 'Ce document est déjà facturé',
    nl: 'Dit document is al gefactureerd',
    de: 'Dieses Dokument ist bereits in Rechnung gestellt',
  },
  'The deposits would exceed the total of the document': {
    fr: 'Les acomptes dépasseraient le total du document',
    nl: 'De voorschotten zouden het totaal van het document overschrijden',
    de: 'Die Anzahlungen würden den Gesamtbetrag des Dokuments übersteigen',
  },
  'A draft invoice is deleted, not credited': {
    fr: 'Une facture en brouillon se supprime, elle ne se crédite pas',
    nl: 'Een conceptfactuur wordt verwijderd, niet gecrediteerd',
    de: 'Ein Rechnungsentwurf wird gelöscht, nicht gutgeschrieben',
  },
  'This invoice is already fully credited': {
    fr: 'Cette facture est déjà entièrement créditée',
    nl: 'Deze factuur is al volledig gecrediteerd',
    de: 'Diese Rechnung ist bereits vollständig gutgeschrieben',
  },
  'A draft credit note of this invoice exists: issue or delete it first': {
    fr: 'Une note de crédit en brouillon existe pour cette facture : émettez-la ou supprimez-la d’abord',
    nl: 'Er bestaat een conceptcreditnota voor deze factuur: reik ze eerst uit of verwijder ze',
    de: 'Zu dieser Rechnung gibt es einen Gutschriftentwurf: stellen Sie ihn zuerst aus oder löschen Sie ihn',
  },
  'Part of this invoice is already credited: credit lines or an amount': {
    fr: 'Une partie de cette facture est déjà créditée : créditez des lignes ou un montant',
    nl: 'Een deel van deze factuur is al gecrediteerd: crediteer regels of een bedrag',
    de: 'Ein Teil dieser Rechnung ist bereits gutgeschrieben: schreiben Sie Positionen oder einen Betrag gut',
  },
  'Not a line of this invoice': {
    fr: 'Cette ligne n’appartient pas à cette facture',
    nl: 'Deze regel hoort niet bij deze factuur',
    de: 'Diese Position gehört nicht zu dieser Rechnung',
  },
  'More than what remains to credit on this line': {
    fr: 'Plus que ce qui reste à créditer sur cette ligne',
    nl: 'Meer dan wat er op deze regel nog te crediteren valt',
    de: 'Mehr als auf dieser Position noch gutgeschrieben werden kann',
  },
  'A "{" is not closed by a "}"': {
    fr: 'Une accolade « { » n’est pas fermée par « } »',
    nl: 'Een “{” wordt niet afgesloten met een “}”',
    de: 'Eine geschweifte Klammer „{“ wird nicht mit „}“ geschlossen',
  },
  'A "}" has no opening "{"': {
    fr: 'Une accolade « } » n’a pas de « { » ouvrante',
    nl: 'Bij een “}” hoort geen openende “{”',
    de: 'Zu einer geschweiften Klammer „}“ gibt es keine öffnende „{“',
  },
  'Unknown token in the format: use {YYYY}, {YY}, {MM}, {SEQ} or {SEQ:n}': {
    fr: 'Variable inconnue dans le format : utilisez {YYYY}, {YY}, {MM}, {SEQ} ou {SEQ:n}',
    nl: 'Onbekende variabele in het formaat: gebruik {YYYY}, {YY}, {MM}, {SEQ} of {SEQ:n}',
    de: 'Unbekannter Platzhalter im Format: verwenden Sie {YYYY}, {YY}, {MM}, {SEQ} oder {SEQ:n}',
  },
  'A character is not allowed: use letters, digits, "-", "_", "/" and "." around the tokens': {
    fr: 'Caractère non autorisé : utilisez des lettres, des chiffres, « - », « _ », « / » et « . » autour des variables',
    nl: 'Niet toegelaten teken: gebruik letters, cijfers, “-”, “_”, “/” en “.” rond de variabelen',
    de: 'Unzulässiges Zeichen: verwenden Sie Buchstaben, Ziffern, „-“, „_“, „/“ und „.“ um die Platzhalter',
  },
  'At most 20 characters besides the tokens': {
    fr: 'Au plus 20 caractères en dehors des variables',
    nl: 'Hoogstens 20 tekens naast de variabelen',
    de: 'Höchstens 20 Zeichen neben den Platzhaltern',
  },
  'The format needs a {SEQ} token': {
    fr: 'Le format doit contenir la variable {SEQ}',
    nl: 'Het formaat moet de variabele {SEQ} bevatten',
    de: 'Das Format braucht den Platzhalter {SEQ}',
  },
  'Only one {SEQ} token is allowed': {
    fr: 'Une seule variable {SEQ} est autorisée',
    nl: 'Slechts één variabele {SEQ} is toegelaten',
    de: 'Nur ein Platzhalter {SEQ} ist erlaubt',
  },
  'The padding of {SEQ:n} is 1 to 10 digits': {
    fr: 'Dans {SEQ:n}, n est un nombre de chiffres de 1 à 10',
    nl: 'In {SEQ:n} is n een aantal cijfers van 1 tot 10',
    de: 'In {SEQ:n} ist n eine Stellenzahl von 1 bis 10',
  },
  'The VAT rate is not a number': {
    fr: 'Le taux de TVA n’est pas un nombre',
    nl: 'Het btw-tarief is geen getal',
    de: 'Der Steuersatz ist keine Zahl',
  },
  'Unknown VAT category: use S, Z, E, AE, K, G, O, L or M': {
    fr: 'Catégorie de TVA inconnue : utilisez S, Z, E, AE, K, G, O, L ou M',
    nl: 'Onbekende btw-categorie: gebruik S, Z, E, AE, K, G, O, L of M',
    de: 'Unbekannte Steuerkategorie: verwenden Sie S, Z, E, AE, K, G, O, L oder M',
  },
  'A standard-rated line (S) needs a rate above 0 (BR-S-05)': {
    fr: 'Une ligne taxée (catégorie S) doit avoir un taux supérieur à 0 (BR-S-05)',
    nl: 'Een belaste regel (categorie S) moet een tarief hoger dan 0 hebben (BR-S-05)',
    de: 'Eine steuerpflichtige Position (Kategorie S) braucht einen Steuersatz über 0 (BR-S-05)',
  },
  'Category L needs a rate of 0 or more (BR-AF-05)': {
    fr: 'La catégorie L demande un taux de 0 ou plus (BR-AF-05)',
    nl: 'Categorie L vereist een tarief van 0 of meer (BR-AF-05)',
    de: 'Kategorie L erfordert einen Steuersatz von 0 oder mehr (BR-AF-05)',
  },
  'Category M needs a rate of 0 or more (BR-AG-05)': {
    fr: 'La catégorie M demande un taux de 0 ou plus (BR-AG-05)',
    nl: 'Categorie M vereist een tarief van 0 of meer (BR-AG-05)',
    de: 'Kategorie M erfordert einen Steuersatz von 0 oder mehr (BR-AG-05)',
  },
  'Category Z charges no VAT: its rate must be 0 (BR-Z-05)': {
    fr: 'En catégorie Z, aucune TVA n’est facturée : le taux doit être 0 (BR-Z-05)',
    nl: 'In categorie Z wordt geen btw aangerekend: het tarief moet 0 zijn (BR-Z-05)',
    de: 'In Kategorie Z wird keine Steuer berechnet: der Steuersatz muss 0 sein (BR-Z-05)',
  },
  'Category E charges no VAT: its rate must be 0 (BR-E-05)': {
    fr: 'En catégorie E, aucune TVA n’est facturée : le taux doit être 0 (BR-E-05)',
    nl: 'In categorie E wordt geen btw aangerekend: het tarief moet 0 zijn (BR-E-05)',
    de: 'In Kategorie E wird keine Steuer berechnet: der Steuersatz muss 0 sein (BR-E-05)',
  },
  'Category AE charges no VAT: its rate must be 0 (BR-AE-05)': {
    fr: 'En catégorie AE, aucune TVA n’est facturée : le taux doit être 0 (BR-AE-05)',
    nl: 'In categorie AE wordt geen btw aangerekend: het tarief moet 0 zijn (BR-AE-05)',
    de: 'In Kategorie AE wird keine Steuer berechnet: der Steuersatz muss 0 sein (BR-AE-05)',
  },
  'Category K charges no VAT: its rate must be 0 (BR-IC-05)': {
    fr: 'En catégorie K, aucune TVA n’est facturée : le taux doit être 0 (BR-IC-05)',
    nl: 'In categorie K wordt geen btw aangerekend: het tarief moet 0 zijn (BR-IC-05)',
    de: 'In Kategorie K wird keine Steuer berechnet: der Steuersatz muss 0 sein (BR-IC-05)',
  },
  'Category G charges no VAT: its rate must be 0 (BR-G-05)': {
    fr: 'En catégorie G, aucune TVA n’est facturée : le taux doit être 0 (BR-G-05)',
    nl: 'In categorie G wordt geen btw aangerekend: het tarief moet 0 zijn (BR-G-05)',
    de: 'In Kategorie G wird keine Steuer berechnet: der Steuersatz muss 0 sein (BR-G-05)',
  },
  'Category O charges no VAT: its rate must be 0 (BR-O-05)': {
    fr: 'En catégorie O, aucune TVA n’est facturée : le taux doit être 0 (BR-O-05)',
    nl: 'In categorie O wordt geen btw aangerekend: het tarief moet 0 zijn (BR-O-05)',
    de: 'In Kategorie O wird keine Steuer berechnet: der Steuersatz muss 0 sein (BR-O-05)',
  },
  'Under the small-business franchise scheme, reverse charge (AE) applies only to a customer in another country':
    {
      fr: 'Sous le régime de la franchise des petites entreprises, l’autoliquidation (AE) ne s’applique qu’à un client établi dans un autre pays',
      nl: 'Onder de vrijstellingsregeling voor kleine ondernemingen geldt verlegging (AE) alleen voor een klant in een ander land',
      de: 'Bei der Kleinunternehmerregelung gilt die Steuerschuldnerschaft des Leistungsempfängers (AE) nur für Kunden in einem anderen Land',
    },
  'Under the small-business franchise scheme no VAT is charged: use category E (exempt)': {
    fr: 'Sous le régime de la franchise des petites entreprises, aucune TVA n’est facturée : utilisez la catégorie E (exonéré)',
    nl: 'Onder de vrijstellingsregeling voor kleine ondernemingen wordt geen btw aangerekend: gebruik categorie E (vrijgesteld)',
    de: 'Bei der Kleinunternehmerregelung wird keine Steuer berechnet: verwenden Sie Kategorie E (steuerbefreit)',
  },
  'An intra-Community supply (K) goes from one EU member state to another: seller and buyer must be in different EU countries':
    {
      fr: 'Une livraison intracommunautaire (K) va d’un État membre de l’UE à un autre : le vendeur et le client doivent être établis dans des pays différents de l’UE',
      nl: 'Een intracommunautaire levering (K) gaat van de ene EU-lidstaat naar een andere: verkoper en klant moeten in verschillende EU-landen gevestigd zijn',
      de: 'Eine innergemeinschaftliche Lieferung (K) geht von einem EU-Mitgliedstaat in einen anderen: Verkäufer und Kunde müssen in verschiedenen EU-Ländern ansässig sein',
    },
  'Categories L (IGIC) and M (IPSI) exist only in Spain': {
    fr: 'Les catégories L (IGIC) et M (IPSI) n’existent qu’en Espagne',
    nl: 'De categorieën L (IGIC) en M (IPSI) bestaan alleen in Spanje',
    de: 'Die Kategorien L (IGIC) und M (IPSI) gibt es nur in Spanien',
  },
  'A line of category S cannot carry an exemption reason (BR-S-10)': {
    fr: 'Une ligne de catégorie S ne peut pas porter de motif d’exonération (BR-S-10)',
    nl: 'Een regel van categorie S kan geen vrijstellingsreden hebben (BR-S-10)',
    de: 'Eine Position der Kategorie S darf keinen Befreiungsgrund enthalten (BR-S-10)',
  },
  'A line of category Z cannot carry an exemption reason (BR-Z-10)': {
    fr: 'Une ligne de catégorie Z ne peut pas porter de motif d’exonération (BR-Z-10)',
    nl: 'Een regel van categorie Z kan geen vrijstellingsreden hebben (BR-Z-10)',
    de: 'Eine Position der Kategorie Z darf keinen Befreiungsgrund enthalten (BR-Z-10)',
  },
  'A line of category L cannot carry an exemption reason (BR-AF-10)': {
    fr: 'Une ligne de catégorie L ne peut pas porter de motif d’exonération (BR-AF-10)',
    nl: 'Een regel van categorie L kan geen vrijstellingsreden hebben (BR-AF-10)',
    de: 'Eine Position der Kategorie L darf keinen Befreiungsgrund enthalten (BR-AF-10)',
  },
  'A line of category M cannot carry an exemption reason (BR-AG-10)': {
    fr: 'Une ligne de catégorie M ne peut pas porter de motif d’exonération (BR-AG-10)',
    nl: 'Een regel van categorie M kan geen vrijstellingsreden hebben (BR-AG-10)',
    de: 'Eine Position der Kategorie M darf keinen Befreiungsgrund enthalten (BR-AG-10)',
  },
  'State why no VAT is charged: the legal basis of the exemption (BR-E-10)': {
    fr: 'Indiquez pourquoi aucune TVA n’est facturée : la base légale de l’exonération (BR-E-10)',
    nl: 'Vermeld waarom geen btw wordt aangerekend: de wettelijke grondslag van de vrijstelling (BR-E-10)',
    de: 'Geben Sie an, warum keine Steuer berechnet wird: die Rechtsgrundlage der Befreiung (BR-E-10)',
  },
  'State why no VAT is charged: the legal basis of the exemption (BR-AE-10)': {
    fr: 'Indiquez pourquoi aucune TVA n’est facturée : la base légale de l’exonération (BR-AE-10)',
    nl: 'Vermeld waarom geen btw wordt aangerekend: de wettelijke grondslag van de vrijstelling (BR-AE-10)',
    de: 'Geben Sie an, warum keine Steuer berechnet wird: die Rechtsgrundlage der Befreiung (BR-AE-10)',
  },
  'State why no VAT is charged: the legal basis of the exemption (BR-IC-10)': {
    fr: 'Indiquez pourquoi aucune TVA n’est facturée : la base légale de l’exonération (BR-IC-10)',
    nl: 'Vermeld waarom geen btw wordt aangerekend: de wettelijke grondslag van de vrijstelling (BR-IC-10)',
    de: 'Geben Sie an, warum keine Steuer berechnet wird: die Rechtsgrundlage der Befreiung (BR-IC-10)',
  },
  'State why no VAT is charged: the legal basis of the exemption (BR-G-10)': {
    fr: 'Indiquez pourquoi aucune TVA n’est facturée : la base légale de l’exonération (BR-G-10)',
    nl: 'Vermeld waarom geen btw wordt aangerekend: de wettelijke grondslag van de vrijstelling (BR-G-10)',
    de: 'Geben Sie an, warum keine Steuer berechnet wird: die Rechtsgrundlage der Befreiung (BR-G-10)',
  },
  'State why no VAT is charged: the legal basis of the exemption (BR-O-10)': {
    fr: 'Indiquez pourquoi aucune TVA n’est facturée : la base légale de l’exonération (BR-O-10)',
    nl: 'Vermeld waarom geen btw wordt aangerekend: de wettelijke grondslag van de vrijstelling (BR-O-10)',
    de: 'Geben Sie an, warum keine Steuer berechnet wird: die Rechtsgrundlage der Befreiung (BR-O-10)',
  },
  'Lines of category E must share one exemption reason: the VAT breakdown has room for one': {
    fr: 'Les lignes de catégorie E doivent avoir le même motif d’exonération : le récapitulatif de TVA n’en prévoit qu’un',
    nl: 'Regels van categorie E moeten dezelfde vrijstellingsreden hebben: het btw-overzicht heeft plaats voor één reden',
    de: 'Positionen der Kategorie E müssen denselben Befreiungsgrund haben: die Steueraufschlüsselung sieht nur einen vor',
  },
  'Lines of category AE must share one exemption reason: the VAT breakdown has room for one': {
    fr: 'Les lignes de catégorie AE doivent avoir le même motif d’exonération : le récapitulatif de TVA n’en prévoit qu’un',
    nl: 'Regels van categorie AE moeten dezelfde vrijstellingsreden hebben: het btw-overzicht heeft plaats voor één reden',
    de: 'Positionen der Kategorie AE müssen denselben Befreiungsgrund haben: die Steueraufschlüsselung sieht nur einen vor',
  },
  'Lines of category K must share one exemption reason: the VAT breakdown has room for one': {
    fr: 'Les lignes de catégorie K doivent avoir le même motif d’exonération : le récapitulatif de TVA n’en prévoit qu’un',
    nl: 'Regels van categorie K moeten dezelfde vrijstellingsreden hebben: het btw-overzicht heeft plaats voor één reden',
    de: 'Positionen der Kategorie K müssen denselben Befreiungsgrund haben: die Steueraufschlüsselung sieht nur einen vor',
  },
  'Lines of category G must share one exemption reason: the VAT breakdown has room for one': {
    fr: 'Les lignes de catégorie G doivent avoir le même motif d’exonération : le récapitulatif de TVA n’en prévoit qu’un',
    nl: 'Regels van categorie G moeten dezelfde vrijstellingsreden hebben: het btw-overzicht heeft plaats voor één reden',
    de: 'Positionen der Kategorie G müssen denselben Befreiungsgrund haben: die Steueraufschlüsselung sieht nur einen vor',
  },
  'Lines of category O must share one exemption reason: the VAT breakdown has room for one': {
    fr: 'Les lignes de catégorie O doivent avoir le même motif d’exonération : le récapitulatif de TVA n’en prévoit qu’un',
    nl: 'Regels van categorie O moeten dezelfde vrijstellingsreden hebben: het btw-overzicht heeft plaats voor één reden',
    de: 'Positionen der Kategorie O müssen denselben Befreiungsgrund haben: die Steueraufschlüsselung sieht nur einen vor',
  },
  'Lines outside the scope of VAT (O) cannot share a document with other VAT categories (BR-O-11, BR-O-12)': {
    fr: 'Des lignes hors champ d’application de la TVA (O) ne peuvent pas figurer sur un document avec d’autres catégories de TVA (BR-O-11, BR-O-12)',
    nl: 'Regels buiten het toepassingsgebied van de btw (O) kunnen niet samen met andere btw-categorieën op een document staan (BR-O-11, BR-O-12)',
    de: 'Nicht steuerbare Positionen (O) können nicht zusammen mit anderen Steuerkategorien auf einem Dokument stehen (BR-O-11, BR-O-12)',
  },
  'An intra-Community supply (K) needs the buyer’s country': {
    fr: 'Une livraison intracommunautaire (K) exige le pays du client',
    nl: 'Een intracommunautaire levering (K) vereist het land van de klant',
    de: 'Eine innergemeinschaftliche Lieferung (K) erfordert das Land des Kunden',
  },
  'An intra-Community supply (K) needs the buyer’s VAT number (BR-IC-02)': {
    fr: 'Une livraison intracommunautaire (K) exige le numéro de TVA du client (BR-IC-02)',
    nl: 'Een intracommunautaire levering (K) vereist het btw-nummer van de klant (BR-IC-02)',
    de: 'Eine innergemeinschaftliche Lieferung (K) erfordert die USt-IdNr. des Kunden (BR-IC-02)',
  },
  'Reverse charge (AE) needs the buyer’s VAT number (BR-AE-02)': {
    fr: 'L’autoliquidation (AE) exige le numéro de TVA du client (BR-AE-02)',
    nl: 'Verlegging van heffing (AE) vereist het btw-nummer van de klant (BR-AE-02)',
    de: 'Die Steuerschuldnerschaft des Leistungsempfängers (AE) erfordert die USt-IdNr. des Kunden (BR-AE-02)',
  },
  'The seller’s VAT number is required for VAT category S (BR-S-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA S (BR-S-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie S (BR-S-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie S erforderlich (BR-S-02)',
  },
  'The seller’s VAT number is required for VAT category Z (BR-Z-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA Z (BR-Z-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie Z (BR-Z-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie Z erforderlich (BR-Z-02)',
  },
  'The seller’s VAT number is required for VAT category E (BR-E-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA E (BR-E-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie E (BR-E-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie E erforderlich (BR-E-02)',
  },
  'The seller’s VAT number is required for VAT category AE (BR-AE-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA AE (BR-AE-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie AE (BR-AE-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie AE erforderlich (BR-AE-02)',
  },
  'The seller’s VAT number is required for VAT category K (BR-IC-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA K (BR-IC-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie K (BR-IC-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie K erforderlich (BR-IC-02)',
  },
  'The seller’s VAT number is required for VAT category G (BR-G-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA G (BR-G-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie G (BR-G-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie G erforderlich (BR-G-02)',
  },
  'The seller’s VAT number is required for VAT category L (BR-AF-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA L (BR-AF-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie L (BR-AF-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie L erforderlich (BR-AF-02)',
  },
  'The seller’s VAT number is required for VAT category M (BR-AG-02)': {
    fr: 'Le numéro de TVA du vendeur est obligatoire pour la catégorie de TVA M (BR-AG-02)',
    nl: 'Het btw-nummer van de verkoper is verplicht voor btw-categorie M (BR-AG-02)',
    de: 'Die USt-IdNr. des Verkäufers ist für die Steuerkategorie M erforderlich (BR-AG-02)',
  },
  // Reminders
  'Reminder not found': {
    fr: 'Rappel introuvable',
    nl: 'Herinnering niet gevonden',
    de: 'Mahnung nicht gefunden',
  },
  'Only an issued, sent or partially paid invoice can be reminded': {
    fr: 'Seule une facture émise, envoyée ou partiellement payée peut faire l’objet d’un rappel',
    nl: 'Alleen voor een uitgegeven, verzonden of gedeeltelijk betaalde factuur kan een herinnering worden gemaakt',
    de: 'Nur für eine ausgestellte, versendete oder teilweise bezahlte Rechnung kann gemahnt werden',
  },
  'This invoice has nothing left to pay': {
    fr: 'Il ne reste rien à payer sur cette facture',
    nl: 'Op deze factuur staat niets meer open',
    de: 'Auf dieser Rechnung ist nichts mehr offen',
  },
  'This invoice is not overdue yet: a reminder can be made from the day after its due date': {
    fr: 'Cette facture n’est pas encore échue : un rappel est possible à partir du lendemain de son échéance',
    nl: 'Deze factuur is nog niet vervallen: een herinnering kan vanaf de dag na de vervaldag',
    de: 'Diese Rechnung ist noch nicht überfällig: eine Mahnung ist ab dem Tag nach der Fälligkeit möglich',
  },
  'The reminder rules have no level this high': {
    fr: 'Les règles de rappel n’ont pas de niveau aussi élevé',
    nl: 'De herinneringsregels hebben geen zo hoog niveau',
    de: 'Die Mahnregeln haben keine so hohe Stufe',
  },
  'This invoice already has a reminder of this level': {
    fr: 'Cette facture a déjà un rappel de ce niveau',
    nl: 'Deze factuur heeft al een herinnering van dit niveau',
    de: 'Für diese Rechnung gibt es bereits eine Mahnung dieser Stufe',
  },
  'There is no open invoice to preview: issue one first': {
    fr: 'Aucune facture ouverte à prévisualiser : émettez-en une d’abord',
    nl: 'Geen openstaande factuur om te tonen: maak er eerst een aan',
    de: 'Keine offene Rechnung für die Vorschau: stellen Sie zuerst eine aus',
  },
  'Each level comes more days after the due date than the one before': {
    fr: 'Chaque niveau vient plus de jours après l’échéance que le précédent',
    nl: 'Elk niveau komt meer dagen na de vervaldag dan het vorige',
    de: 'Jede Stufe kommt mehr Tage nach der Fälligkeit als die vorige',
  },
  'A consumer’s first reminder is free (Code of Economic Law, art. XIX.2)': {
    fr: 'Le premier rappel à un consommateur est gratuit (Code de droit économique, art. XIX.2)',
    nl: 'De eerste herinnering aan een consument is gratis (Wetboek van economisch recht, art. XIX.2)',
    de: 'Die erste Mahnung an einen Verbraucher ist kostenlos (Wirtschaftsgesetzbuch, Art. XIX.2)',
  },
  'Nothing may be charged to a consumer before 14 days after the first reminder': {
    fr: 'Rien ne peut être facturé à un consommateur avant 14 jours après le premier rappel',
    nl: 'Niets mag aan een consument worden aangerekend vóór 14 dagen na de eerste herinnering',
    de: 'Einem Verbraucher darf vor 14 Tagen nach der ersten Mahnung nichts berechnet werden',
  },
  'A reminder to a consumer costs at most €7.50': {
    fr: 'Un rappel à un consommateur coûte au plus 7,50 €',
    nl: 'Een herinnering aan een consument kost hoogstens € 7,50',
    de: 'Eine Mahnung an einen Verbraucher kostet höchstens 7,50 €',
  },
  'The €40 indemnity is for businesses: use the consumer scale': {
    fr: 'L’indemnité de 40 € concerne les entreprises : utilisez le barème des consommateurs',
    nl: 'De vergoeding van € 40 geldt voor ondernemingen: gebruik de schaal voor consumenten',
    de: 'Die Pauschale von 40 € gilt für Unternehmen: verwenden Sie die Verbraucherstaffel',
  },
  'The interest rate cannot exceed 100 %': {
    fr: 'Le taux d’intérêt ne peut dépasser 100 %',
    nl: 'De rentevoet mag niet hoger zijn dan 100 %',
    de: 'Der Zinssatz darf 100 % nicht übersteigen',
  },
  'A decimal amount such as "7.50"': {
    fr: 'Un montant décimal comme « 7.50 »',
    nl: 'Een decimaal bedrag zoals ‘7.50’',
    de: 'Ein Dezimalbetrag wie „7.50“',
  },
  'A percentage such as "10.5"': {
    fr: 'Un pourcentage comme « 10.5 »',
    nl: 'Een percentage zoals ‘10.5’',
    de: 'Ein Prozentsatz wie „10.5“',
  },
  'Reminder rules not found': {
    fr: 'Règles de rappel introuvables',
    nl: 'Herinneringsregels niet gevonden',
    de: 'Mahnregeln nicht gefunden',
  },
  'Pause not found': {
    fr: 'Pause introuvable',
    nl: 'Pauze niet gevonden',
    de: 'Pause nicht gefunden',
  },
  'This invoice already has a first reminder': {
    fr: 'Cette facture a déjà un premier rappel',
    nl: 'Deze factuur heeft al een eerste herinnering',
    de: 'Für diese Rechnung gibt es bereits eine Zahlungserinnerung',
  },
  'This invoice already has a second reminder': {
    fr: 'Cette facture a déjà un deuxième rappel',
    nl: 'Deze factuur heeft al een tweede herinnering',
    de: 'Für diese Rechnung gibt es bereits eine zweite Mahnung',
  },
  'This invoice already has a formal notice': {
    fr: 'Cette facture a déjà une mise en demeure',
    nl: 'Deze factuur heeft al een ingebrekestelling',
    de: 'Für diese Rechnung gibt es bereits eine letzte Mahnung',
  },
  'This invoice already has a reminder of a higher level: reminders only escalate': {
    fr: 'Cette facture a déjà un rappel d’un niveau plus élevé : les rappels ne font que monter',
    nl: 'Deze factuur heeft al een herinnering van een hoger niveau: herinneringen gaan alleen omhoog',
    de: 'Für diese Rechnung gibt es bereits eine Mahnung höherer Stufe: Mahnungen steigen nur an',
  },
  'The invoice changed meanwhile: try again': {
    fr: 'La facture a changé entre-temps : réessayez',
    nl: 'De factuur is intussen gewijzigd: probeer opnieuw',
    de: 'Die Rechnung wurde inzwischen geändert: versuchen Sie es erneut',
  },
  'This reminder has already been sent': {
    fr: 'Ce rappel a déjà été envoyé',
    nl: 'Deze herinnering is al verzonden',
    de: 'Diese Mahnung wurde bereits gesendet',
  },
  'A sent reminder cannot be deleted': {
    fr: 'Un rappel envoyé ne peut pas être supprimé',
    nl: 'Een verzonden herinnering kan niet worden verwijderd',
    de: 'Eine gesendete Mahnung kann nicht gelöscht werden',
  },
  'This invoice is no longer open: the reminder cannot be sent': {
    fr: 'Cette facture n’est plus ouverte : le rappel ne peut pas être envoyé',
    nl: 'Deze factuur staat niet meer open: de herinnering kan niet worden verzonden',
    de: 'Diese Rechnung ist nicht mehr offen: die Mahnung kann nicht gesendet werden',
  },
  'The invoice’s balance changed since this reminder was made: delete it and make a new one': {
    fr: 'Le solde de la facture a changé depuis ce rappel : supprimez-le et créez-en un nouveau',
    nl: 'Het openstaande bedrag van de factuur is gewijzigd sinds deze herinnering: verwijder ze en maak een nieuwe',
    de: 'Der offene Betrag der Rechnung hat sich seit dieser Mahnung geändert: löschen Sie sie und erstellen Sie eine neue',
  },
  // Fee invoices of reminders (modules/reminders/fee-invoice.service.ts)
  'This reminder already has a fee invoice': {
    fr: 'Ce rappel a déjà une facture de frais',
    nl: 'Deze herinnering heeft al een kostenfactuur',
    de: 'Zu dieser Mahnung gibt es bereits eine Gebührenrechnung',
  },
  'This reminder charges no fee, damages or interest: there is nothing to invoice': {
    fr: 'Ce rappel ne réclame ni frais, ni indemnité, ni intérêts : il n’y a rien à facturer',
    nl: 'Deze herinnering rekent geen kosten, schadevergoeding of intresten aan: er valt niets te factureren',
    de: 'Diese Mahnung berechnet weder Gebühren noch Entschädigung oder Zinsen: es gibt nichts zu fakturieren',
  },
  'The reminded invoice has no customer': {
    fr: 'La facture rappelée n’a pas de client',
    nl: 'De herinnerde factuur heeft geen klant',
    de: 'Die gemahnte Rechnung hat keinen Kunden',
  },
  // Resource limits of templates (platform/liquid.ts)
  'The template is too long': {
    fr: 'Le modèle est trop long',
    nl: 'Het sjabloon is te lang',
    de: 'Die Vorlage ist zu lang',
  },
  'The template takes too long to render: simplify its loops': {
    fr: 'Le modèle prend trop de temps à produire : simplifiez ses boucles',
    nl: 'Het sjabloon doet er te lang over: vereenvoudig de lussen',
    de: 'Die Vorlage braucht zu lange: vereinfachen Sie ihre Schleifen',
  },
  'The template produces too much text: simplify its loops': {
    fr: 'Le modèle produit trop de texte : simplifiez ses boucles',
    nl: 'Het sjabloon levert te veel tekst op: vereenvoudig de lussen',
    de: 'Die Vorlage erzeugt zu viel Text: vereinfachen Sie ihre Schleifen',
  },
  'The e-mail template cannot be rendered: correct it in the settings': {
    fr: 'Le modèle d’e-mail ne peut pas être utilisé : corrigez-le dans les paramètres',
    nl: 'Het e-mailsjabloon kan niet worden gebruikt: verbeter het in de instellingen',
    de: 'Die E-Mail-Vorlage kann nicht verwendet werden: korrigieren Sie sie in den Einstellungen',
  },
  // Resource limits of PDFs (pdf/pool.ts)
  'The PDF took too long to render: split the document into smaller ones': {
    fr: 'La production du PDF a pris trop de temps : scindez le document en plusieurs plus petits',
    nl: 'Het aanmaken van de pdf duurde te lang: splits het document op in kleinere',
    de: 'Die Erstellung des PDF hat zu lange gedauert: teilen Sie das Dokument in kleinere auf',
  },
  // Resource limits of images (companies/logo-image.ts)
  'The logo has too many pixels: at most 16 megapixels and 8,000 pixels a side': {
    fr: 'Le logo compte trop de pixels : 16 mégapixels et 8 000 pixels de côté au plus',
    nl: 'Het logo heeft te veel pixels: hoogstens 16 megapixel en 8.000 pixels per zijde',
    de: 'Das Logo hat zu viele Pixel: höchstens 16 Megapixel und 8.000 Pixel pro Seite',
  },
  'The logo cannot be read: the file is damaged or not a PNG, JPEG or WebP image': {
    fr: 'Le logo est illisible : le fichier est endommagé ou n’est pas une image PNG, JPEG ou WebP',
    nl: 'Het logo kan niet worden gelezen: het bestand is beschadigd of geen PNG-, JPEG- of WebP-afbeelding',
    de: 'Das Logo kann nicht gelesen werden: Die Datei ist beschädigt oder kein PNG-, JPEG- oder WebP-Bild',
  },
  // ── Recurring invoices (recurring/schedule.schema.ts, recurring.schema.ts, period-texts.ts,
  //    recurring.service.ts, recurring-from-invoice.service.ts, recurring-extras.schema.ts) ──
  // "{day}" is filled in after translation, from the issue's params (platform/http/validation.ts).
  'Day {day} does not exist in every month: choose a day from 1 to 28, or "last day"': {
    fr: 'Le jour {day} n’existe pas dans tous les mois : choisissez un jour de 1 à 28, ou « dernier jour »',
    nl: 'Dag {day} bestaat niet in elke maand: kies een dag van 1 tot 28, of "laatste dag"',
    de: 'Den Tag {day} gibt es nicht in jedem Monat: wählen Sie einen Tag von 1 bis 28 oder „letzter Tag“',
  },
  'A time as HH:MM (00:00–23:59)': {
    fr: 'Une heure au format HH:MM (00:00–23:59)',
    nl: 'Een tijd als UU:MM (00:00–23:59)',
    de: 'Eine Uhrzeit im Format HH:MM (00:00–23:59)',
  },
  'A day of the month applies to monthly, quarterly, half-yearly and yearly schedules only': {
    fr: 'Un jour du mois ne s’applique qu’aux fréquences mensuelle, trimestrielle, semestrielle et annuelle',
    nl: 'Een dag van de maand geldt alleen voor maandelijkse, driemaandelijkse, halfjaarlijkse en jaarlijkse planningen',
    de: 'Ein Tag des Monats gilt nur für monatliche, vierteljährliche, halbjährliche und jährliche Zeitpläne',
  },
  'A day from 1 to 28, or "last day"': {
    fr: 'Un jour de 1 à 28, ou « dernier jour »',
    nl: 'Een dag van 1 tot 28, of "laatste dag"',
    de: 'Ein Tag von 1 bis 28 oder „letzter Tag“',
  },
  'The end date cannot be before the start date': {
    fr: 'La date de fin ne peut pas précéder la date de début',
    nl: 'De einddatum kan niet vóór de begindatum liggen',
    de: 'Das Enddatum darf nicht vor dem Startdatum liegen',
  },
  'End either by a date or after a number of periods, not both': {
    fr: 'Terminez soit à une date, soit après un nombre de périodes, pas les deux',
    nl: 'Eindig op een datum of na een aantal periodes, niet beide',
    de: 'Enden Sie entweder an einem Datum oder nach einer Anzahl von Perioden, nicht beides',
  },
  'Invalid schedule': {
    fr: 'Planification invalide',
    nl: 'Ongeldige planning',
    de: 'Ungültiger Zeitplan',
  },
  'Only a line of a catalogue product can follow its price': {
    fr: 'Seule une ligne d’un produit du catalogue peut suivre son prix',
    nl: 'Alleen een regel van een catalogusproduct kan de prijs ervan volgen',
    de: 'Nur eine Zeile eines Katalogprodukts kann dessen Preis folgen',
  },
  'At least one line': {
    fr: 'Au moins une ligne',
    nl: 'Minstens één regel',
    de: 'Mindestens eine Zeile',
  },
  'A text uses a placeholder that does not exist': {
    fr: 'Un texte utilise un champ variable qui n’existe pas',
    nl: 'Een tekst gebruikt een variabele die niet bestaat',
    de: 'Ein Text verwendet einen Platzhalter, den es nicht gibt',
  },
  'Recurring profile not found': {
    fr: 'Facture récurrente introuvable',
    nl: 'Terugkerende factuur niet gevonden',
    de: 'Wiederkehrende Rechnung nicht gefunden',
  },
  'This customer is archived: restore it or choose another one': {
    fr: 'Ce client est archivé : restaurez-le ou choisissez-en un autre',
    nl: 'Deze klant is gearchiveerd: herstel hem of kies een andere',
    de: 'Dieser Kunde ist archiviert: stellen Sie ihn wieder her oder wählen Sie einen anderen',
  },
  'The customer has no billing e-mail address: add one, or make drafts instead of sending': {
    fr: 'Le client n’a pas d’adresse e-mail de facturation : ajoutez-en une, ou créez des brouillons au lieu d’envoyer',
    nl: 'De klant heeft geen e-mailadres voor facturen: voeg er een toe, of maak concepten in plaats van te verzenden',
    de: 'Der Kunde hat keine E-Mail-Adresse für Rechnungen: fügen Sie eine hinzu oder erstellen Sie Entwürfe statt zu senden',
  },
  'A stopped recurring profile cannot be edited': {
    fr: 'Une facture récurrente arrêtée ne peut plus être modifiée',
    nl: 'Een stopgezette terugkerende factuur kan niet meer worden gewijzigd',
    de: 'Eine beendete wiederkehrende Rechnung kann nicht mehr bearbeitet werden',
  },
  'This recurring profile has already generated invoices: stop it instead': {
    fr: 'Cette facture récurrente a déjà produit des factures : arrêtez-la plutôt',
    nl: 'Deze terugkerende factuur heeft al facturen aangemaakt: stop ze in de plaats',
    de: 'Diese wiederkehrende Rechnung hat bereits Rechnungen erzeugt: beenden Sie sie stattdessen',
  },
  'This invoice has no customer: choose one on the invoice, or create the profile from scratch': {
    fr: 'Cette facture n’a pas de client : choisissez-en un sur la facture, ou créez la facture récurrente de zéro',
    nl: 'Deze factuur heeft geen klant: kies er een op de factuur, of maak de terugkerende factuur van nul',
    de: 'Diese Rechnung hat keinen Kunden: wählen Sie einen auf der Rechnung oder erstellen Sie die wiederkehrende Rechnung neu',
  },
  'This invoice’s prices include VAT: as net unit prices its total would be {total} instead of {expected}; create the profile from scratch':
    {
      fr: 'Les prix de cette facture sont TVA comprise : en prix unitaires hors TVA, son total serait de {total} au lieu de {expected} ; créez la facture récurrente de zéro',
      nl: 'De prijzen van deze factuur zijn inclusief btw: als eenheidsprijzen exclusief btw zou het totaal {total} zijn in plaats van {expected}; maak de terugkerende factuur van nul',
      de: 'Die Preise dieser Rechnung enthalten die USt.: als Nettoeinzelpreise wäre die Summe {total} statt {expected}; erstellen Sie die wiederkehrende Rechnung neu',
    },
  'This invoice’s discounts cannot be folded into net unit prices without changing its total ({total} instead of {expected}): create the profile from scratch':
    {
      fr: 'Les remises de cette facture ne peuvent pas être intégrées aux prix unitaires sans changer son total ({total} au lieu de {expected}) : créez la facture récurrente de zéro',
      nl: 'De kortingen van deze factuur kunnen niet in de eenheidsprijzen worden verwerkt zonder het totaal te wijzigen ({total} in plaats van {expected}): maak de terugkerende factuur van nul',
      de: 'Die Rabatte dieser Rechnung lassen sich nicht in die Nettoeinzelpreise einrechnen, ohne die Summe zu ändern ({total} statt {expected}): erstellen Sie die wiederkehrende Rechnung neu',
    },
  // The recurring run's reasons for pausing a profile (recurring-run.service.ts), shown on the
  // profile and in the notification.
  'The customer no longer exists: choose another one, then resume': {
    fr: 'Le client n’existe plus : choisissez-en un autre, puis reprenez',
    nl: 'De klant bestaat niet meer: kies een andere en hervat daarna',
    de: 'Den Kunden gibt es nicht mehr: wählen Sie einen anderen und setzen Sie dann fort',
  },
  'The customer is archived: restore it or choose another one, then resume': {
    fr: 'Le client est archivé : restaurez-le ou choisissez-en un autre, puis reprenez',
    nl: 'De klant is gearchiveerd: herstel hem of kies een andere en hervat daarna',
    de: 'Der Kunde ist archiviert: stellen Sie ihn wieder her oder wählen Sie einen anderen und setzen Sie dann fort',
  },
  'The customer has no billing e-mail address: add one, or make drafts instead of sending, then resume': {
    fr: 'Le client n’a pas d’adresse e-mail de facturation : ajoutez-en une, ou créez des brouillons au lieu d’envoyer, puis reprenez',
    nl: 'De klant heeft geen e-mailadres voor facturen: voeg er een toe, of maak concepten in plaats van te verzenden, en hervat daarna',
    de: 'Der Kunde hat keine E-Mail-Adresse für Rechnungen: fügen Sie eine hinzu oder erstellen Sie Entwürfe statt zu senden, und setzen Sie dann fort',
  },
  "The customer receives invoices over Peppol, which cannot be done now: set up Peppol for the company and the customer's Peppol ID, or change the customer's delivery preference, then resume":
    {
      fr: 'Le client reçoit ses factures par Peppol, ce qui est impossible pour l’instant : configurez Peppol pour la société et l’identifiant Peppol du client, ou changez son mode d’envoi préféré, puis reprenez',
      nl: 'De klant ontvangt facturen via Peppol, wat nu niet kan: stel Peppol in voor het bedrijf en de Peppol-ID van de klant, of wijzig de verzendvoorkeur van de klant, en hervat daarna',
      de: 'Der Kunde erhält Rechnungen über Peppol, was derzeit nicht möglich ist: Richten Sie Peppol für das Unternehmen und die Peppol-ID des Kunden ein oder ändern Sie den bevorzugten Versandweg des Kunden, und setzen Sie dann fort',
    },
  'A month as YYYY-MM': {
    fr: 'Un mois au format AAAA-MM',
    nl: 'Een maand als JJJJ-MM',
    de: 'Ein Monat im Format JJJJ-MM',
  },
  // ── E-invoice validation (platform/einvoice): refusals before any rule runs ──
  // Outgoing e-invoices (modules/einvoice)
  'The e-invoice cannot be made: some information is missing': {
    fr: 'La facture électronique ne peut pas être établie : des informations manquent',
    nl: 'De e-factuur kan niet worden opgemaakt: er ontbreken gegevens',
    de: 'Die E-Rechnung kann nicht erstellt werden: es fehlen Angaben',
  },
  'The customer needs a Peppol ID, an enterprise number or a VAT number': {
    fr: 'Le client doit avoir un identifiant Peppol, un numéro d’entreprise ou un numéro de TVA',
    nl: 'De klant heeft een Peppol-ID, een ondernemingsnummer of een btw-nummer nodig',
    de: 'Der Kunde braucht eine Peppol-ID, eine Unternehmensnummer oder eine USt-IdNr.',
  },
  'The company needs an enterprise number or a VAT number': {
    fr: 'La société doit avoir un numéro d’entreprise ou un numéro de TVA',
    nl: 'Het bedrijf heeft een ondernemingsnummer of een btw-nummer nodig',
    de: 'Das Unternehmen braucht eine Unternehmensnummer oder eine USt-IdNr.',
  },
  'A country is required': {
    fr: 'Un pays est requis',
    nl: 'Een land is vereist',
    de: 'Ein Land ist erforderlich',
  },
  'The document has no customer': {
    fr: 'Le document n’a pas de client',
    nl: 'Het document heeft geen klant',
    de: 'Das Dokument hat keinen Kunden',
  },
  'A draft has no e-invoice: issue it first': {
    fr: 'Un brouillon n’a pas de facture électronique : émettez-le d’abord',
    nl: 'Een concept heeft geen e-factuur: reik het eerst uit',
    de: 'Ein Entwurf hat keine E-Rechnung: stellen Sie ihn zuerst aus',
  },
  'Only invoices and credit notes have an e-invoice': {
    fr: 'Seules les factures et les notes de crédit ont une facture électronique',
    nl: 'Alleen facturen en creditnota’s hebben een e-factuur',
    de: 'Nur Rechnungen und Gutschriften haben eine E-Rechnung',
  },
  'The e-invoice fails {count} rule(s) of the official validation': {
    fr: 'La facture électronique enfreint {count} règle(s) de la validation officielle',
    nl: 'De e-factuur voldoet niet aan {count} regel(s) van de officiële validatie',
    de: 'Die E-Rechnung verletzt {count} Regel(n) der offiziellen Prüfung',
  },
  'The e-invoice is {size} MB; at most {max} MB is accepted': {
    fr: 'La facture électronique fait {size} Mo ; {max} Mo au plus sont acceptés',
    nl: 'De e-factuur is {size} MB; hoogstens {max} MB wordt aanvaard',
    de: 'Die E-Rechnung ist {size} MB groß; höchstens {max} MB werden angenommen',
  },
  'The e-invoice is not UTF-8 text': {
    fr: 'La facture électronique n’est pas du texte UTF-8',
    nl: 'De e-factuur is geen UTF-8-tekst',
    de: 'Die E-Rechnung ist kein UTF-8-Text',
  },
  'The e-invoice declares the encoding {encoding}; only UTF-8 is accepted': {
    fr: 'La facture électronique déclare l’encodage {encoding} ; seul UTF-8 est accepté',
    nl: 'De e-factuur vermeldt de codering {encoding}; alleen UTF-8 wordt aanvaard',
    de: 'Die E-Rechnung gibt die Kodierung {encoding} an; nur UTF-8 wird angenommen',
  },
  'The e-invoice contains <!{declaration}: document type declarations and entities are refused': {
    fr: 'La facture électronique contient <!{declaration} : les déclarations de type de document et les entités sont refusées',
    nl: 'De e-factuur bevat <!{declaration}: documenttypedeclaraties en entiteiten worden geweigerd',
    de: 'Die E-Rechnung enthält <!{declaration}: Dokumenttyp-Deklarationen und Entitäten werden abgelehnt',
  },
  'The e-invoice is not well-formed XML (line {line}): {reason}': {
    fr: 'La facture électronique n’est pas du XML bien formé (ligne {line}) : {reason}',
    nl: 'De e-factuur is geen welgevormde XML (regel {line}): {reason}',
    de: 'Die E-Rechnung ist kein wohlgeformtes XML (Zeile {line}): {reason}',
  },
  'Not a supported e-invoice: the root element is {root}; expected a UBL 2.1 Invoice or CreditNote or a CII D16B CrossIndustryInvoice':
    {
      fr: 'Facture électronique non prise en charge : l’élément racine est {root} ; attendu : un Invoice ou CreditNote UBL 2.1 ou un CrossIndustryInvoice CII D16B',
      nl: 'Geen ondersteunde e-factuur: het hoofdelement is {root}; verwacht: een UBL 2.1 Invoice of CreditNote of een CII D16B CrossIndustryInvoice',
      de: 'Keine unterstützte E-Rechnung: das Wurzelelement ist {root}; erwartet: eine UBL-2.1-Invoice oder -CreditNote oder eine CII-D16B-CrossIndustryInvoice',
    },
  'The {layer} rules do not apply to a {syntax} document': {
    fr: 'Les règles {layer} ne s’appliquent pas à un document {syntax}',
    nl: 'De regels {layer} gelden niet voor een document {syntax}',
    de: 'Die Regeln {layer} gelten nicht für ein Dokument {syntax}',
  },
  'E-invoice validation is not configured: set EINVOICE_RULES_DIR to the folder of the official rules': {
    fr: 'La validation des factures électroniques n’est pas configurée : indiquez dans EINVOICE_RULES_DIR le dossier des règles officielles',
    nl: 'De validatie van e-facturen is niet ingesteld: zet EINVOICE_RULES_DIR op de map met de officiële regels',
    de: 'Die Prüfung von E-Rechnungen ist nicht eingerichtet: setzen Sie EINVOICE_RULES_DIR auf den Ordner der offiziellen Regeln',
  },
  'The e-invoice rules folder {dir} does not exist (EINVOICE_RULES_DIR)': {
    fr: 'Le dossier des règles de facturation électronique {dir} n’existe pas (EINVOICE_RULES_DIR)',
    nl: 'De map met regels voor e-facturen {dir} bestaat niet (EINVOICE_RULES_DIR)',
    de: 'Der Ordner der E-Rechnungsregeln {dir} existiert nicht (EINVOICE_RULES_DIR)',
  },
  'The e-invoice rules file {file} is missing from the rules folder {dir}': {
    fr: 'Le fichier de règles de facturation électronique {file} manque dans le dossier {dir}',
    nl: 'Het regelbestand voor e-facturen {file} ontbreekt in de map {dir}',
    de: 'Die E-Rechnungs-Regeldatei {file} fehlt im Ordner {dir}',
  },
  'The e-invoice rules {file} could not be compiled: {reason}': {
    fr: 'Les règles de facturation électronique {file} n’ont pas pu être compilées : {reason}',
    nl: 'De regels voor e-facturen {file} konden niet worden gecompileerd: {reason}',
    de: 'Die E-Rechnungsregeln {file} konnten nicht kompiliert werden: {reason}',
  },
  'The e-invoice rules cache folder is not set (EINVOICE_CACHE_DIR)': {
    fr: 'Le dossier de cache des règles de facturation électronique n’est pas défini (EINVOICE_CACHE_DIR)',
    nl: 'De cachemap voor de regels van e-facturen is niet ingesteld (EINVOICE_CACHE_DIR)',
    de: 'Der Cache-Ordner der E-Rechnungsregeln ist nicht festgelegt (EINVOICE_CACHE_DIR)',
  },
  // ── Incoming e-invoices read for booking (platform/einvoice/parse) ──
  'The e-invoice lacks {element}': {
    fr: 'Il manque {element} dans la facture électronique',
    nl: 'De e-factuur mist {element}',
    de: 'In der E-Rechnung fehlt {element}',
  },
  '{element} is not a decimal number: {value}': {
    fr: '{element} n’est pas un nombre décimal : {value}',
    nl: '{element} is geen decimaal getal: {value}',
    de: '{element} ist keine Dezimalzahl: {value}',
  },
  '{element} is not a date: {value}': {
    fr: '{element} n’est pas une date : {value}',
    nl: '{element} is geen datum: {value}',
    de: '{element} ist kein Datum: {value}',
  },
  '{element} is not a boolean: {value}': {
    fr: '{element} n’est pas un booléen (true ou false) : {value}',
    nl: '{element} is geen booleaanse waarde (true of false): {value}',
    de: '{element} ist kein Wahrheitswert (true oder false): {value}',
  },
  'Unsupported UBL version {version} ({element}); UBL 2.1 is expected': {
    fr: 'Version UBL {version} non prise en charge ({element}) ; UBL 2.1 est attendu',
    nl: 'UBL-versie {version} wordt niet ondersteund ({element}); UBL 2.1 wordt verwacht',
    de: 'UBL-Version {version} wird nicht unterstützt ({element}); erwartet wird UBL 2.1',
  },
  'The Factur-X profile {profile} carries no invoice lines; an EN 16931, BASIC or EXTENDED invoice is needed':
    {
      fr: 'Le profil Factur-X {profile} ne contient pas de lignes de facture ; une facture EN 16931, BASIC ou EXTENDED est nécessaire',
      nl: 'Het Factur-X-profiel {profile} bevat geen factuurregels; een factuur EN 16931, BASIC of EXTENDED is nodig',
      de: 'Das Factur-X-Profil {profile} enthält keine Rechnungspositionen; benötigt wird eine Rechnung EN 16931, BASIC oder EXTENDED',
    },
  'ZUGFeRD 1.0 e-invoices ({namespace}) are not supported: ask the supplier for Factur-X or ZUGFeRD 2 (EN 16931)':
    {
      fr: 'Les factures ZUGFeRD 1.0 ({namespace}) ne sont pas prises en charge : demandez au fournisseur une facture Factur-X ou ZUGFeRD 2 (EN 16931)',
      nl: 'ZUGFeRD 1.0-facturen ({namespace}) worden niet ondersteund: vraag de leverancier om Factur-X of ZUGFeRD 2 (EN 16931)',
      de: 'E-Rechnungen nach ZUGFeRD 1.0 ({namespace}) werden nicht unterstützt: bitten Sie den Lieferanten um Factur-X oder ZUGFeRD 2 (EN 16931)',
    },
  'Not an EN 16931 e-invoice: {element} is {value}': {
    fr: 'Ce n’est pas une facture électronique EN 16931 : {element} vaut {value}',
    nl: 'Geen e-factuur volgens EN 16931: {element} is {value}',
    de: 'Keine E-Rechnung nach EN 16931: {element} ist {value}',
  },
  'Unknown currency code {value} in {element} (ISO 4217)': {
    fr: 'Code devise inconnu {value} dans {element} (ISO 4217)',
    nl: 'Onbekende valutacode {value} in {element} (ISO 4217)',
    de: 'Unbekannter Währungscode {value} in {element} (ISO 4217)',
  },
  'Unknown VAT category {value} in {element} (UNCL5305)': {
    fr: 'Catégorie de TVA inconnue {value} dans {element} (UNCL5305)',
    nl: 'Onbekende btw-categorie {value} in {element} (UNCL5305)',
    de: 'Unbekannte Umsatzsteuerkategorie {value} in {element} (UNCL5305)',
  },
  'The e-invoice totals do not add up ({rule}): {element} is {stated}, its other amounts give {computed}': {
    fr: 'Les totaux de la facture électronique ne concordent pas ({rule}) : {element} vaut {stated}, ses autres montants donnent {computed}',
    nl: 'De totalen van de e-factuur kloppen niet ({rule}): {element} is {stated}, de overige bedragen geven {computed}',
    de: 'Die Summen der E-Rechnung gehen nicht auf ({rule}): {element} ist {stated}, die übrigen Beträge ergeben {computed}',
  },
  'The VAT breakdown ({element}) has no group for category {category} at {rate} %, which the invoice uses': {
    fr: 'La ventilation de la TVA ({element}) n’a pas de groupe pour la catégorie {category} à {rate} %, que la facture utilise',
    nl: 'De btw-uitsplitsing ({element}) heeft geen groep voor categorie {category} tegen {rate} %, die de factuur gebruikt',
    de: 'Die Umsatzsteueraufschlüsselung ({element}) hat keine Gruppe für die Kategorie {category} zu {rate} %, die die Rechnung verwendet',
  },
  'The e-invoice could not be read as XML: {reason}': {
    fr: 'La facture électronique n’a pas pu être lue comme du XML : {reason}',
    nl: 'De e-factuur kon niet als XML gelezen worden: {reason}',
    de: 'Die E-Rechnung konnte nicht als XML gelesen werden: {reason}',
  },
  'The file is not a readable PDF: {reason}': {
    fr: 'Le fichier n’est pas un PDF lisible : {reason}',
    nl: 'Het bestand is geen leesbare pdf: {reason}',
    de: 'Die Datei ist kein lesbares PDF: {reason}',
  },
  'The PDF carries no embedded e-invoice (factur-x.xml, xrechnung.xml or zugferd-invoice.xml); attachments found: {found}':
    {
      fr: 'Le PDF ne contient pas de facture électronique intégrée (factur-x.xml, xrechnung.xml ou zugferd-invoice.xml) ; pièces jointes trouvées : {found}',
      nl: 'De pdf bevat geen ingesloten e-factuur (factur-x.xml, xrechnung.xml of zugferd-invoice.xml); gevonden bijlagen: {found}',
      de: 'Das PDF enthält keine eingebettete E-Rechnung (factur-x.xml, xrechnung.xml oder zugferd-invoice.xml); gefundene Anhänge: {found}',
    },
  'Purchase invoice not found': {
    fr: 'Facture d’achat introuvable',
    nl: 'Aankoopfactuur niet gevonden',
    de: 'Eingangsrechnung nicht gefunden',
  },
  'Original file not found': {
    fr: 'Fichier original introuvable',
    nl: 'Origineel bestand niet gevonden',
    de: 'Originaldatei nicht gefunden',
  },
  'Description is required': {
    fr: 'La description est obligatoire',
    nl: 'De omschrijving is verplicht',
    de: 'Die Beschreibung ist erforderlich',
  },
  'A positive amount': {
    fr: 'Un montant positif',
    nl: 'Een positief bedrag',
    de: 'Ein positiver Betrag',
  },
  'The amount {value} of {element} cannot be stored in {currency}': {
    fr: 'Le montant {value} de {element} ne peut pas être enregistré en {currency}',
    nl: 'Het bedrag {value} van {element} kan niet in {currency} worden opgeslagen',
    de: 'Der Betrag {value} von {element} kann nicht in {currency} gespeichert werden',
  },
  'The lines give a total of {computed}, not {expected}': {
    fr: 'Les lignes donnent un total de {computed}, et non {expected}',
    nl: 'De regels geven een totaal van {computed}, niet {expected}',
    de: 'Die Zeilen ergeben eine Summe von {computed}, nicht {expected}',
  },
  'Only a purchase invoice to approve can be approved (it is {status})': {
    fr: 'Seule une facture d’achat à approuver peut être approuvée (elle est {status})',
    nl: 'Alleen een goed te keuren aankoopfactuur kan worden goedgekeurd (ze is {status})',
    de: 'Nur eine zu genehmigende Eingangsrechnung kann genehmigt werden (sie ist {status})',
  },
  'Complete the purchase invoice before approving it': {
    fr: 'Complétez la facture d’achat avant de l’approuver',
    nl: 'Vervolledig de aankoopfactuur voor u ze goedkeurt',
    de: 'Vervollständigen Sie die Eingangsrechnung, bevor Sie sie genehmigen',
  },
  'Required before approval': {
    fr: 'Obligatoire avant l’approbation',
    nl: 'Verplicht voor de goedkeuring',
    de: 'Vor der Genehmigung erforderlich',
  },
  'Only a purchase invoice to approve can be deleted (it is {status})': {
    fr: 'Seule une facture d’achat à approuver peut être supprimée (elle est {status})',
    nl: 'Alleen een goed te keuren aankoopfactuur kan worden verwijderd (ze is {status})',
    de: 'Nur eine zu genehmigende Eingangsrechnung kann gelöscht werden (sie ist {status})',
  },
  'Only a purchase invoice to approve can be edited (it is {status})': {
    fr: 'Seule une facture d’achat à approuver peut être modifiée (elle est {status})',
    nl: 'Alleen een goed te keuren aankoopfactuur kan worden gewijzigd (ze is {status})',
    de: 'Nur eine zu genehmigende Eingangsrechnung kann bearbeitet werden (sie ist {status})',
  },
  'This supplier’s document {number} is already booked': {
    fr: 'Le document {number} de ce fournisseur est déjà enregistré',
    nl: 'Het document {number} van deze leverancier is al geboekt',
    de: 'Das Dokument {number} dieses Lieferanten ist bereits erfasst',
  },
  'An imported e-invoice is the supplier’s own document: delete it and import a corrected one': {
    fr: 'Une facture électronique importée est le document du fournisseur : supprimez-la et importez-en une corrigée',
    nl: 'Een geïmporteerde e-factuur is het eigen document van de leverancier: verwijder ze en importeer een verbeterde',
    de: 'Eine importierte E-Rechnung ist das Dokument des Lieferanten: löschen Sie sie und importieren Sie eine korrigierte',
  },
  'Send the lines again with a new currency': {
    fr: 'Renvoyez les lignes avec une nouvelle devise',
    nl: 'Stuur de regels opnieuw mee met een nieuwe munt',
    de: 'Senden Sie die Zeilen mit einer neuen Währung erneut',
  },
  'The file was sent as {type} but is not one': {
    fr: 'Le fichier a été envoyé comme {type} mais n’en est pas un',
    nl: 'Het bestand werd verzonden als {type} maar is er geen',
    de: 'Die Datei wurde als {type} gesendet, ist aber keine',
  },
  'This file is already booked': {
    fr: 'Ce fichier est déjà enregistré',
    nl: 'Dit bestand is al geboekt',
    de: 'Diese Datei ist bereits erfasst',
  },
  'Only an approved purchase invoice still to pay takes a payment (it is {status})': {
    fr: 'Seule une facture d’achat approuvée et encore à payer peut recevoir un paiement (elle est {status})',
    nl: 'Alleen een goedgekeurde aankoopfactuur die nog te betalen is, kan een betaling krijgen (ze is {status})',
    de: 'Nur eine genehmigte, noch zu zahlende Eingangsrechnung kann eine Zahlung erhalten (sie ist {status})',
  },
  'The payment is more than the {due} left to pay': {
    fr: 'Le paiement dépasse les {due} restant à payer',
    nl: 'De betaling is meer dan de {due} die nog te betalen is',
    de: 'Die Zahlung übersteigt die noch zu zahlenden {due}',
  },
  'More decimals than {currency} has': {
    fr: 'Plus de décimales que n’en a {currency}',
    nl: 'Meer decimalen dan {currency} heeft',
    de: 'Mehr Dezimalstellen, als {currency} hat',
  },

  // ── Peppol (modules/peppol) ──
  'The Peppol access point refused: {reason}': {
    fr: 'Le point d’accès Peppol a refusé : {reason}',
    nl: 'Het Peppol-toegangspunt weigerde: {reason}',
    de: 'Der Peppol-Zugangspunkt hat abgelehnt: {reason}',
  },
  'The Peppol access point cannot be reached: try again later': {
    fr: 'Le point d’accès Peppol est injoignable : réessayez plus tard',
    nl: 'Het Peppol-toegangspunt is niet bereikbaar: probeer het later opnieuw',
    de: 'Der Peppol-Zugangspunkt ist nicht erreichbar: versuchen Sie es später erneut',
  },
  'An API key is required for this access point': {
    fr: 'Une clé d’API est requise pour ce point d’accès',
    nl: 'Voor dit toegangspunt is een API-sleutel vereist',
    de: 'Für diesen Zugangspunkt ist ein API-Schlüssel erforderlich',
  },
  'Choose a Peppol access point first': {
    fr: 'Choisissez d’abord un point d’accès Peppol',
    nl: 'Kies eerst een Peppol-toegangspunt',
    de: 'Wählen Sie zuerst einen Peppol-Zugangspunkt',
  },
  'The company needs an enterprise number, a VAT number or a Peppol ID': {
    fr: 'La société a besoin d’un numéro d’entreprise, d’un numéro de TVA ou d’un identifiant Peppol',
    nl: 'Het bedrijf heeft een ondernemingsnummer, een btw-nummer of een Peppol-ID nodig',
    de: 'Das Unternehmen benötigt eine Unternehmensnummer, eine USt-IdNr. oder eine Peppol-ID',
  },
  'Only invoices and credit notes are sent over Peppol': {
    fr: 'Seules les factures et les notes de crédit sont envoyées par Peppol',
    nl: 'Alleen facturen en creditnota’s worden via Peppol verzonden',
    de: 'Nur Rechnungen und Gutschriften werden über Peppol versendet',
  },
  'Peppol is not set up for this company: choose an access point in the settings': {
    fr: 'Peppol n’est pas configuré pour cette société : choisissez un point d’accès dans les paramètres',
    nl: 'Peppol is niet ingesteld voor dit bedrijf: kies een toegangspunt in de instellingen',
    de: 'Peppol ist für dieses Unternehmen nicht eingerichtet: Wählen Sie einen Zugangspunkt in den Einstellungen',
  },
  'The access point’s address must be a public https:// address': {
    fr: 'L’adresse du point d’accès doit être une adresse https:// publique',
    nl: 'Het adres van het toegangspunt moet een openbaar https://-adres zijn',
    de: 'Die Adresse des Zugangspunkts muss eine öffentliche https://-Adresse sein',
  },
  'An http:// or https:// URL': {
    fr: 'Une URL http:// ou https://',
    nl: 'Een http://- of https://-URL',
    de: 'Eine http://- oder https://-URL',
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
