/**
 * What the official e-invoice rules a user can break ask for, in French, Dutch and German: our own
 * plain wording, keyed by rule id (BR-CO-15, PEPPOL-EN16931-R010…). Keyed by id rather than by the
 * rule's English text, because that text changes between releases of the rules (EINVOICE_RULES_DIR
 * may point at a newer one) while the id and its meaning stay. English keeps the rule's own text.
 *
 * Covered: rules that depend on what the user entered (parties, addresses, identifiers, VAT
 * categories, payment, dates, amounts, and the Dutch and German national rules on addresses and
 * identifiers), not those only a faulty XML writer could break. A rule not listed here is answered
 * with its English text. test/einvoice/rule-texts.test.ts checks every id is a fatal rule of the
 * rules in shared/conformance/einvoice.
 */
export type RuleLanguage = 'fr' | 'nl' | 'de';
export type RuleText = Record<RuleLanguage, string>;

export const RULE_TEXTS: Readonly<Record<string, RuleText>> = {
  // ── EN 16931 core: the invoice and its parties ──
  'BR-02': {
    fr: 'La facture doit avoir un numéro (BT-1)',
    nl: 'De factuur moet een nummer hebben (BT-1)',
    de: 'Die Rechnung muss eine Rechnungsnummer haben (BT-1)',
  },
  'BR-03': {
    fr: 'La facture doit avoir une date d’émission (BT-2)',
    nl: 'De factuur moet een uitgiftedatum hebben (BT-2)',
    de: 'Die Rechnung muss ein Rechnungsdatum haben (BT-2)',
  },
  'BR-05': {
    fr: 'La facture doit indiquer sa devise (BT-5)',
    nl: 'De factuur moet haar munteenheid vermelden (BT-5)',
    de: 'Die Rechnung muss ihre Währung angeben (BT-5)',
  },
  'BR-06': {
    fr: 'Le nom du vendeur est requis (BT-27) : complétez le nom de votre société',
    nl: 'De naam van de verkoper is vereist (BT-27): vul de naam van uw bedrijf in',
    de: 'Der Name des Verkäufers ist erforderlich (BT-27): Ergänzen Sie den Namen Ihres Unternehmens',
  },
  'BR-07': {
    fr: 'Le nom du client est requis (BT-44)',
    nl: 'De naam van de klant is vereist (BT-44)',
    de: 'Der Name des Kunden ist erforderlich (BT-44)',
  },
  'BR-08': {
    fr: 'L’adresse postale du vendeur est requise (BG-5) : complétez l’adresse de votre société',
    nl: 'Het postadres van de verkoper is vereist (BG-5): vul het adres van uw bedrijf in',
    de: 'Die Postanschrift des Verkäufers ist erforderlich (BG-5): Ergänzen Sie die Adresse Ihres Unternehmens',
  },
  'BR-09': {
    fr: 'L’adresse du vendeur doit indiquer un pays (BT-40)',
    nl: 'Het adres van de verkoper moet een land vermelden (BT-40)',
    de: 'Die Adresse des Verkäufers muss ein Land angeben (BT-40)',
  },
  'BR-10': {
    fr: 'L’adresse postale du client est requise (BG-8)',
    nl: 'Het postadres van de klant is vereist (BG-8)',
    de: 'Die Postanschrift des Kunden ist erforderlich (BG-8)',
  },
  'BR-11': {
    fr: 'L’adresse du client doit indiquer un pays (BT-55)',
    nl: 'Het adres van de klant moet een land vermelden (BT-55)',
    de: 'Die Adresse des Kunden muss ein Land angeben (BT-55)',
  },
  'BR-16': {
    fr: 'La facture doit avoir au moins une ligne (BG-25)',
    nl: 'De factuur moet minstens één regel hebben (BG-25)',
    de: 'Die Rechnung muss mindestens eine Position haben (BG-25)',
  },
  'BR-22': {
    fr: 'Chaque ligne doit indiquer une quantité (BT-129)',
    nl: 'Elke regel moet een hoeveelheid vermelden (BT-129)',
    de: 'Jede Position muss eine Menge angeben (BT-129)',
  },
  'BR-23': {
    fr: 'Chaque ligne doit indiquer une unité de mesure (BT-130)',
    nl: 'Elke regel moet een meeteenheid vermelden (BT-130)',
    de: 'Jede Position muss eine Mengeneinheit angeben (BT-130)',
  },
  'BR-25': {
    fr: 'Chaque ligne doit avoir une désignation (BT-153) : la première ligne de sa description',
    nl: 'Elke regel moet een benaming hebben (BT-153): de eerste regel van haar omschrijving',
    de: 'Jede Position braucht eine Artikelbezeichnung (BT-153): die erste Zeile ihrer Beschreibung',
  },
  'BR-26': {
    fr: 'Chaque ligne doit indiquer un prix unitaire net (BT-146)',
    nl: 'Elke regel moet een netto-eenheidsprijs vermelden (BT-146)',
    de: 'Jede Position muss einen Netto-Einzelpreis angeben (BT-146)',
  },
  'BR-27': {
    fr: 'Le prix unitaire net d’une ligne ne peut pas être négatif (BT-146) : pour une déduction, utilisez une quantité négative',
    nl: 'De netto-eenheidsprijs van een regel mag niet negatief zijn (BT-146): gebruik voor een aftrek een negatieve hoeveelheid',
    de: 'Der Netto-Einzelpreis einer Position darf nicht negativ sein (BT-146): Verwenden Sie für einen Abzug eine negative Menge',
  },
  'BR-28': {
    fr: 'Le prix unitaire brut d’une ligne ne peut pas être négatif (BT-148)',
    nl: 'De bruto-eenheidsprijs van een regel mag niet negatief zijn (BT-148)',
    de: 'Der Brutto-Einzelpreis einer Position darf nicht negativ sein (BT-148)',
  },
  'BR-29': {
    fr: 'La fin de la période facturée ne peut pas précéder son début (BT-73, BT-74)',
    nl: 'Het einde van de gefactureerde periode mag niet vóór het begin liggen (BT-73, BT-74)',
    de: 'Das Ende des Abrechnungszeitraums darf nicht vor seinem Beginn liegen (BT-73, BT-74)',
  },
  'BR-30': {
    fr: 'La fin de la période d’une ligne ne peut pas précéder son début (BT-134, BT-135)',
    nl: 'Het einde van de periode van een regel mag niet vóór het begin liggen (BT-134, BT-135)',
    de: 'Das Ende des Zeitraums einer Position darf nicht vor seinem Beginn liegen (BT-134, BT-135)',
  },
  'BR-33': {
    fr: 'Une remise sur le total doit indiquer son motif (BT-97 ou BT-98)',
    nl: 'Een korting op het totaal moet haar reden vermelden (BT-97 of BT-98)',
    de: 'Ein Nachlass auf die Gesamtsumme muss seinen Grund angeben (BT-97 oder BT-98)',
  },
  'BR-42': {
    fr: 'Une remise sur une ligne doit indiquer son motif (BT-139 ou BT-140)',
    nl: 'Een korting op een regel moet haar reden vermelden (BT-139 of BT-140)',
    de: 'Ein Nachlass auf eine Position muss seinen Grund angeben (BT-139 oder BT-140)',
  },
  'BR-49': {
    fr: 'Les instructions de paiement doivent indiquer le moyen de paiement (BT-81)',
    nl: 'De betalingsinstructies moeten het betaalmiddel vermelden (BT-81)',
    de: 'Die Zahlungsanweisungen müssen die Zahlungsart angeben (BT-81)',
  },
  'BR-50': {
    fr: 'Un paiement par virement doit indiquer le compte à créditer (BT-84) : ajoutez l’IBAN de votre société',
    nl: 'Een betaling per overschrijving moet de te crediteren rekening vermelden (BT-84): voeg het IBAN van uw bedrijf toe',
    de: 'Eine Zahlung per Überweisung muss das Empfängerkonto angeben (BT-84): Ergänzen Sie die IBAN Ihres Unternehmens',
  },
  'BR-53': {
    fr: 'Une facture en devise étrangère doit indiquer le total de TVA dans la devise de la société (BT-111) : indiquez le taux de change',
    nl: 'Een factuur in vreemde munt moet het btw-totaal in de munt van het bedrijf vermelden (BT-111): geef de wisselkoers op',
    de: 'Eine Rechnung in Fremdwährung muss die Umsatzsteuersumme in der Währung des Unternehmens angeben (BT-111): Geben Sie den Wechselkurs an',
  },
  'BR-55': {
    fr: 'Une référence à une facture précédente doit indiquer son numéro (BT-25)',
    nl: 'Een verwijzing naar een vorige factuur moet haar nummer vermelden (BT-25)',
    de: 'Ein Verweis auf eine vorherige Rechnung muss deren Nummer angeben (BT-25)',
  },
  'BR-57': {
    fr: 'L’adresse de livraison doit indiquer un pays (BT-80)',
    nl: 'Het leveringsadres moet een land vermelden (BT-80)',
    de: 'Die Lieferanschrift muss ein Land angeben (BT-80)',
  },
  'BR-61': {
    fr: 'Un paiement par virement doit indiquer le numéro de compte (IBAN) à créditer (BT-84)',
    nl: 'Een betaling per overschrijving moet het te crediteren rekeningnummer (IBAN) vermelden (BT-84)',
    de: 'Eine Zahlung per Überweisung muss die Kontonummer (IBAN) des Empfängers angeben (BT-84)',
  },
  'BR-62': {
    fr: 'L’adresse électronique (Peppol) du vendeur doit indiquer son type d’identifiant (BT-34)',
    nl: 'Het elektronische (Peppol-)adres van de verkoper moet het soort identificatie vermelden (BT-34)',
    de: 'Die elektronische (Peppol-)Adresse des Verkäufers muss die Art der Kennung angeben (BT-34)',
  },
  'BR-63': {
    fr: 'L’adresse électronique (Peppol) du client doit indiquer son type d’identifiant (BT-49)',
    nl: 'Het elektronische (Peppol-)adres van de klant moet het soort identificatie vermelden (BT-49)',
    de: 'Die elektronische (Peppol-)Adresse des Kunden muss die Art der Kennung angeben (BT-49)',
  },

  // ── EN 16931: amounts, VAT numbers and payment that must agree ──
  'BR-CO-04': {
    fr: 'Chaque ligne doit avoir une catégorie de TVA (BT-151)',
    nl: 'Elke regel moet een btw-categorie hebben (BT-151)',
    de: 'Jede Position muss eine Umsatzsteuerkategorie haben (BT-151)',
  },
  'BR-CO-09': {
    fr: 'Les numéros de TVA du vendeur et du client doivent commencer par le code de leur pays, par exemple BE0123456789 (BT-31, BT-48)',
    nl: 'De btw-nummers van verkoper en klant moeten met de code van hun land beginnen, bijvoorbeeld BE0123456789 (BT-31, BT-48)',
    de: 'Die USt-IdNr. von Verkäufer und Kunde müssen mit ihrem Ländercode beginnen, zum Beispiel BE0123456789 (BT-31, BT-48)',
  },
  'BR-CO-10': {
    fr: 'Le total net des lignes doit être égal à la somme des montants nets des lignes (BT-106)',
    nl: 'Het netto totaal van de regels moet gelijk zijn aan de som van de nettobedragen van de regels (BT-106)',
    de: 'Die Nettosumme der Positionen muss der Summe ihrer Nettobeträge entsprechen (BT-106)',
  },
  'BR-CO-13': {
    fr: 'Le total hors TVA doit être égal au total des lignes, moins les remises et plus les frais sur le total (BT-109)',
    nl: 'Het totaal exclusief btw moet gelijk zijn aan het totaal van de regels, min kortingen en plus kosten op het totaal (BT-109)',
    de: 'Die Summe ohne Umsatzsteuer muss der Summe der Positionen abzüglich Nachlässe und zuzüglich Zuschläge entsprechen (BT-109)',
  },
  'BR-CO-14': {
    fr: 'Le total de TVA doit être égal à la somme de la TVA par taux (BT-110)',
    nl: 'Het btw-totaal moet gelijk zijn aan de som van de btw per tarief (BT-110)',
    de: 'Die Umsatzsteuersumme muss der Summe der Steuer je Steuersatz entsprechen (BT-110)',
  },
  'BR-CO-15': {
    fr: 'Le total TVA comprise doit être égal au total hors TVA plus le total de TVA (BT-112)',
    nl: 'Het totaal inclusief btw moet gelijk zijn aan het totaal exclusief btw plus het btw-totaal (BT-112)',
    de: 'Die Summe mit Umsatzsteuer muss der Summe ohne Umsatzsteuer zuzüglich der Umsatzsteuersumme entsprechen (BT-112)',
  },
  'BR-CO-16': {
    fr: 'Le montant à payer doit être égal au total TVA comprise, moins les acomptes déjà payés, plus l’arrondi (BT-115)',
    nl: 'Het te betalen bedrag moet gelijk zijn aan het totaal inclusief btw, min de reeds betaalde voorschotten, plus de afronding (BT-115)',
    de: 'Der Zahlbetrag muss der Summe mit Umsatzsteuer abzüglich bereits gezahlter Anzahlungen zuzüglich der Rundung entsprechen (BT-115)',
  },
  'BR-CO-17': {
    fr: 'La TVA de chaque taux doit être égale à la base de ce taux multipliée par le taux, arrondie au centime (BT-117)',
    nl: 'De btw van elk tarief moet gelijk zijn aan de maatstaf van dat tarief maal het tarief, afgerond op de cent (BT-117)',
    de: 'Die Steuer je Steuersatz muss der Bemessungsgrundlage mal dem Satz entsprechen, auf den Cent gerundet (BT-117)',
  },
  'BR-CO-18': {
    fr: 'La facture doit contenir au moins un récapitulatif de TVA (BG-23)',
    nl: 'De factuur moet minstens één btw-overzicht bevatten (BG-23)',
    de: 'Die Rechnung muss mindestens eine Aufschlüsselung der Umsatzsteuer enthalten (BG-23)',
  },
  'BR-CO-19': {
    fr: 'Une période facturée doit avoir une date de début, une date de fin, ou les deux (BG-14)',
    nl: 'Een gefactureerde periode moet een begindatum, een einddatum of beide hebben (BG-14)',
    de: 'Ein Abrechnungszeitraum braucht ein Anfangsdatum, ein Enddatum oder beides (BG-14)',
  },
  'BR-CO-25': {
    fr: 'Une facture avec un montant à payer doit indiquer une date d’échéance (BT-9) ou des conditions de paiement (BT-20)',
    nl: 'Een factuur met een te betalen bedrag moet een vervaldatum (BT-9) of betalingsvoorwaarden (BT-20) vermelden',
    de: 'Eine Rechnung mit einem Zahlbetrag muss ein Fälligkeitsdatum (BT-9) oder Zahlungsbedingungen (BT-20) angeben',
  },
  'BR-CO-26': {
    fr: 'Le vendeur doit être identifiable : indiquez le numéro de TVA ou le numéro d’entreprise de votre société (BT-29, BT-30, BT-31)',
    nl: 'De verkoper moet identificeerbaar zijn: vul het btw-nummer of het ondernemingsnummer van uw bedrijf in (BT-29, BT-30, BT-31)',
    de: 'Der Verkäufer muss erkennbar sein: Geben Sie die USt-IdNr. oder die Unternehmensnummer Ihres Unternehmens an (BT-29, BT-30, BT-31)',
  },

  // ── EN 16931: code lists a user's choices end up in ──
  'BR-CL-04': {
    fr: 'La devise de la facture doit être un code ISO 4217 valide, par exemple EUR (BT-5)',
    nl: 'De munteenheid van de factuur moet een geldige ISO 4217-code zijn, bijvoorbeeld EUR (BT-5)',
    de: 'Die Rechnungswährung muss ein gültiger ISO-4217-Code sein, zum Beispiel EUR (BT-5)',
  },
  'BR-CL-14': {
    fr: 'Les pays doivent être des codes ISO 3166-1 valides, par exemple BE',
    nl: 'Landen moeten geldige ISO 3166-1-codes zijn, bijvoorbeeld BE',
    de: 'Länder müssen gültige ISO-3166-1-Codes sein, zum Beispiel BE',
  },
  'BR-CL-23': {
    fr: 'L’unité d’une ligne doit être un code d’unité UN/ECE reconnu (BT-130)',
    nl: 'De eenheid van een regel moet een erkende UN/ECE-eenheidscode zijn (BT-130)',
    de: 'Die Einheit einer Position muss ein anerkannter UN/ECE-Einheitencode sein (BT-130)',
  },
  'BR-CL-25': {
    fr: 'Le type d’identifiant d’une adresse Peppol doit figurer dans la liste officielle (EAS), par exemple 0208 pour un numéro d’entreprise belge',
    nl: 'Het soort identificatie van een Peppol-adres moet in de officiële lijst (EAS) staan, bijvoorbeeld 0208 voor een Belgisch ondernemingsnummer',
    de: 'Die Art der Kennung einer Peppol-Adresse muss in der amtlichen Liste (EAS) stehen, zum Beispiel 0208 für eine belgische Unternehmensnummer',
  },

  // ── VAT category S: standard rate ──
  'BR-S-01': {
    fr: 'Une facture avec des lignes au taux normal doit contenir un récapitulatif de TVA au taux normal (BG-23)',
    nl: 'Een factuur met regels tegen het normale tarief moet een btw-overzicht tegen het normale tarief bevatten (BG-23)',
    de: 'Eine Rechnung mit Positionen zum Normalsatz muss eine Steueraufschlüsselung zum Normalsatz enthalten (BG-23)',
  },
  'BR-S-02': {
    fr: 'Une facture avec TVA doit indiquer le numéro de TVA du vendeur (BT-31) : ajoutez le numéro de TVA de votre société',
    nl: 'Een factuur met btw moet het btw-nummer van de verkoper vermelden (BT-31): voeg het btw-nummer van uw bedrijf toe',
    de: 'Eine Rechnung mit Umsatzsteuer muss die USt-IdNr. des Verkäufers angeben (BT-31): Ergänzen Sie die USt-IdNr. Ihres Unternehmens',
  },
  'BR-S-05': {
    fr: 'Une ligne au taux normal doit avoir un taux de TVA supérieur à zéro (BT-152)',
    nl: 'Een regel tegen het normale tarief moet een btw-tarief hoger dan nul hebben (BT-152)',
    de: 'Eine Position zum Normalsatz muss einen Steuersatz über null haben (BT-152)',
  },
  'BR-S-08': {
    fr: 'Pour chaque taux de TVA, la base imposable doit être égale à la somme des lignes à ce taux, remises et frais compris (BT-116)',
    nl: 'Voor elk btw-tarief moet de maatstaf van heffing gelijk zijn aan de som van de regels tegen dat tarief, kortingen en kosten inbegrepen (BT-116)',
    de: 'Für jeden Steuersatz muss die Bemessungsgrundlage der Summe der Positionen zu diesem Satz entsprechen, Nachlässe und Zuschläge eingerechnet (BT-116)',
  },
  'BR-S-09': {
    fr: 'Pour chaque taux normal, la TVA doit être égale à la base imposable multipliée par le taux (BT-117)',
    nl: 'Voor elk normaal tarief moet de btw gelijk zijn aan de maatstaf van heffing maal het tarief (BT-117)',
    de: 'Für jeden Normalsatz muss die Steuer der Bemessungsgrundlage mal dem Satz entsprechen (BT-117)',
  },
  'BR-S-10': {
    fr: 'Une TVA au taux normal ne peut pas avoir de motif d’exonération (BT-120, BT-121)',
    nl: 'Btw tegen het normale tarief mag geen reden van vrijstelling hebben (BT-120, BT-121)',
    de: 'Umsatzsteuer zum Normalsatz darf keinen Befreiungsgrund haben (BT-120, BT-121)',
  },

  // ── VAT category Z: zero rate ──
  'BR-Z-01': {
    fr: 'Une facture avec des lignes au taux zéro doit contenir exactement un récapitulatif de TVA au taux zéro (BG-23)',
    nl: 'Een factuur met regels tegen het nultarief moet precies één btw-overzicht tegen het nultarief bevatten (BG-23)',
    de: 'Eine Rechnung mit Positionen zum Nullsatz muss genau eine Steueraufschlüsselung zum Nullsatz enthalten (BG-23)',
  },
  'BR-Z-02': {
    fr: 'Une facture avec des lignes au taux zéro doit indiquer le numéro de TVA du vendeur (BT-31)',
    nl: 'Een factuur met regels tegen het nultarief moet het btw-nummer van de verkoper vermelden (BT-31)',
    de: 'Eine Rechnung mit Positionen zum Nullsatz muss die USt-IdNr. des Verkäufers angeben (BT-31)',
  },
  'BR-Z-05': {
    fr: 'Une ligne au taux zéro doit avoir un taux de TVA de 0 % (BT-152)',
    nl: 'Een regel tegen het nultarief moet een btw-tarief van 0 % hebben (BT-152)',
    de: 'Eine Position zum Nullsatz muss einen Steuersatz von 0 % haben (BT-152)',
  },
  'BR-Z-09': {
    fr: 'Le montant de TVA au taux zéro doit être nul (BT-117)',
    nl: 'Het btw-bedrag tegen het nultarief moet nul zijn (BT-117)',
    de: 'Der Steuerbetrag zum Nullsatz muss null sein (BT-117)',
  },
  'BR-Z-10': {
    fr: 'Une TVA au taux zéro ne peut pas avoir de motif d’exonération (BT-120, BT-121)',
    nl: 'Btw tegen het nultarief mag geen reden van vrijstelling hebben (BT-120, BT-121)',
    de: 'Umsatzsteuer zum Nullsatz darf keinen Befreiungsgrund haben (BT-120, BT-121)',
  },

  // ── VAT category E: exempt ──
  'BR-E-01': {
    fr: 'Une facture avec des lignes exonérées de TVA doit contenir exactement un récapitulatif « exonéré » (BG-23)',
    nl: 'Een factuur met van btw vrijgestelde regels moet precies één btw-overzicht ‘vrijgesteld’ bevatten (BG-23)',
    de: 'Eine Rechnung mit steuerbefreiten Positionen muss genau eine Steueraufschlüsselung „steuerbefreit“ enthalten (BG-23)',
  },
  'BR-E-02': {
    fr: 'Une facture avec des lignes exonérées de TVA doit indiquer le numéro de TVA du vendeur (BT-31)',
    nl: 'Een factuur met van btw vrijgestelde regels moet het btw-nummer van de verkoper vermelden (BT-31)',
    de: 'Eine Rechnung mit steuerbefreiten Positionen muss die USt-IdNr. des Verkäufers angeben (BT-31)',
  },
  'BR-E-05': {
    fr: 'Une ligne exonérée de TVA doit avoir un taux de 0 % (BT-152)',
    nl: 'Een van btw vrijgestelde regel moet een tarief van 0 % hebben (BT-152)',
    de: 'Eine steuerbefreite Position muss einen Steuersatz von 0 % haben (BT-152)',
  },
  'BR-E-09': {
    fr: 'Le montant de TVA des opérations exonérées doit être nul (BT-117)',
    nl: 'Het btw-bedrag van vrijgestelde handelingen moet nul zijn (BT-117)',
    de: 'Der Steuerbetrag steuerbefreiter Umsätze muss null sein (BT-117)',
  },
  'BR-E-10': {
    fr: 'Une exonération de TVA doit indiquer son motif, par exemple l’article de loi qui l’accorde (BT-120 ou BT-121)',
    nl: 'Een vrijstelling van btw moet haar reden vermelden, bijvoorbeeld het wetsartikel dat ze toekent (BT-120 of BT-121)',
    de: 'Eine Steuerbefreiung muss ihren Grund angeben, zum Beispiel die gesetzliche Vorschrift (BT-120 oder BT-121)',
  },

  // ── VAT category AE: reverse charge ──
  'BR-AE-01': {
    fr: 'Une facture avec des lignes en autoliquidation doit contenir exactement un récapitulatif « autoliquidation » (BG-23)',
    nl: 'Een factuur met regels onder verlegging moet precies één btw-overzicht ‘btw verlegd’ bevatten (BG-23)',
    de: 'Eine Rechnung mit Positionen im Reverse-Charge-Verfahren muss genau eine Steueraufschlüsselung „Reverse Charge“ enthalten (BG-23)',
  },
  'BR-AE-02': {
    fr: 'En autoliquidation, la facture doit indiquer le numéro de TVA du vendeur (BT-31) et celui du client ou son numéro d’entreprise (BT-48, BT-47) : complétez la fiche du client',
    nl: 'Bij verlegging moet de factuur het btw-nummer van de verkoper (BT-31) en dat van de klant of zijn ondernemingsnummer vermelden (BT-48, BT-47): vul de klantfiche aan',
    de: 'Beim Reverse-Charge-Verfahren muss die Rechnung die USt-IdNr. des Verkäufers (BT-31) und die des Kunden oder seine Unternehmensnummer angeben (BT-48, BT-47): Ergänzen Sie die Kundendaten',
  },
  'BR-AE-05': {
    fr: 'Une ligne en autoliquidation doit avoir un taux de TVA de 0 % (BT-152)',
    nl: 'Een regel onder verlegging moet een btw-tarief van 0 % hebben (BT-152)',
    de: 'Eine Position im Reverse-Charge-Verfahren muss einen Steuersatz von 0 % haben (BT-152)',
  },
  'BR-AE-09': {
    fr: 'Le montant de TVA en autoliquidation doit être nul : c’est le client qui la déclare (BT-117)',
    nl: 'Het btw-bedrag onder verlegging moet nul zijn: de klant geeft de btw aan (BT-117)',
    de: 'Der Steuerbetrag im Reverse-Charge-Verfahren muss null sein: der Kunde schuldet die Steuer (BT-117)',
  },
  'BR-AE-10': {
    fr: 'Une autoliquidation doit en indiquer le motif, « Autoliquidation » ou le code correspondant (BT-120 ou BT-121)',
    nl: 'Een verlegging moet de reden vermelden, ‘Btw verlegd’ of de overeenkomstige code (BT-120 of BT-121)',
    de: 'Ein Reverse-Charge-Umsatz muss den Grund angeben, „Steuerschuldnerschaft des Leistungsempfängers“ oder den passenden Code (BT-120 oder BT-121)',
  },

  // ── VAT category K: intra-community supply ──
  'BR-IC-01': {
    fr: 'Une facture avec des livraisons intracommunautaires doit contenir exactement un récapitulatif « intracommunautaire » (BG-23)',
    nl: 'Een factuur met intracommunautaire leveringen moet precies één btw-overzicht ‘intracommunautair’ bevatten (BG-23)',
    de: 'Eine Rechnung mit innergemeinschaftlichen Lieferungen muss genau eine Steueraufschlüsselung „innergemeinschaftlich“ enthalten (BG-23)',
  },
  'BR-IC-02': {
    fr: 'Une livraison intracommunautaire doit indiquer le numéro de TVA du vendeur (BT-31) et celui du client (BT-48) : complétez la fiche du client',
    nl: 'Een intracommunautaire levering moet het btw-nummer van de verkoper (BT-31) en dat van de klant (BT-48) vermelden: vul de klantfiche aan',
    de: 'Eine innergemeinschaftliche Lieferung muss die USt-IdNr. des Verkäufers (BT-31) und die des Kunden (BT-48) angeben: Ergänzen Sie die Kundendaten',
  },
  'BR-IC-05': {
    fr: 'Une ligne en livraison intracommunautaire doit avoir un taux de TVA de 0 % (BT-152)',
    nl: 'Een regel met intracommunautaire levering moet een btw-tarief van 0 % hebben (BT-152)',
    de: 'Eine Position mit innergemeinschaftlicher Lieferung muss einen Steuersatz von 0 % haben (BT-152)',
  },
  'BR-IC-09': {
    fr: 'Le montant de TVA des livraisons intracommunautaires doit être nul (BT-117)',
    nl: 'Het btw-bedrag van intracommunautaire leveringen moet nul zijn (BT-117)',
    de: 'Der Steuerbetrag innergemeinschaftlicher Lieferungen muss null sein (BT-117)',
  },
  'BR-IC-10': {
    fr: 'Une livraison intracommunautaire doit en indiquer le motif d’exonération, « Livraison intracommunautaire » ou le code correspondant (BT-120 ou BT-121)',
    nl: 'Een intracommunautaire levering moet de reden van vrijstelling vermelden, ‘Intracommunautaire levering’ of de overeenkomstige code (BT-120 of BT-121)',
    de: 'Eine innergemeinschaftliche Lieferung muss den Befreiungsgrund angeben, „Innergemeinschaftliche Lieferung“ oder den passenden Code (BT-120 oder BT-121)',
  },
  'BR-IC-11': {
    fr: 'Une livraison intracommunautaire doit indiquer la date de livraison (BT-72) ou la période facturée (BG-14)',
    nl: 'Een intracommunautaire levering moet de leveringsdatum (BT-72) of de gefactureerde periode (BG-14) vermelden',
    de: 'Eine innergemeinschaftliche Lieferung muss das Lieferdatum (BT-72) oder den Abrechnungszeitraum (BG-14) angeben',
  },
  'BR-IC-12': {
    fr: 'Une livraison intracommunautaire doit indiquer le pays de livraison (BT-80)',
    nl: 'Een intracommunautaire levering moet het land van levering vermelden (BT-80)',
    de: 'Eine innergemeinschaftliche Lieferung muss das Lieferland angeben (BT-80)',
  },

  // ── VAT category G: export outside the EU ──
  'BR-G-01': {
    fr: 'Une facture avec des exportations hors UE doit contenir exactement un récapitulatif « exportation » (BG-23)',
    nl: 'Een factuur met uitvoer buiten de EU moet precies één btw-overzicht ‘uitvoer’ bevatten (BG-23)',
    de: 'Eine Rechnung mit Ausfuhren außerhalb der EU muss genau eine Steueraufschlüsselung „Ausfuhr“ enthalten (BG-23)',
  },
  'BR-G-02': {
    fr: 'Une exportation hors UE doit indiquer le numéro de TVA du vendeur (BT-31)',
    nl: 'Een uitvoer buiten de EU moet het btw-nummer van de verkoper vermelden (BT-31)',
    de: 'Eine Ausfuhr außerhalb der EU muss die USt-IdNr. des Verkäufers angeben (BT-31)',
  },
  'BR-G-05': {
    fr: 'Une ligne exportée hors UE doit avoir un taux de TVA de 0 % (BT-152)',
    nl: 'Een regel met uitvoer buiten de EU moet een btw-tarief van 0 % hebben (BT-152)',
    de: 'Eine Position mit Ausfuhr außerhalb der EU muss einen Steuersatz von 0 % haben (BT-152)',
  },
  'BR-G-09': {
    fr: 'Le montant de TVA des exportations hors UE doit être nul (BT-117)',
    nl: 'Het btw-bedrag van uitvoer buiten de EU moet nul zijn (BT-117)',
    de: 'Der Steuerbetrag von Ausfuhren außerhalb der EU muss null sein (BT-117)',
  },
  'BR-G-10': {
    fr: 'Une exportation hors UE doit en indiquer le motif d’exonération, « Exportation hors UE » ou le code correspondant (BT-120 ou BT-121)',
    nl: 'Een uitvoer buiten de EU moet de reden van vrijstelling vermelden, ‘Uitvoer buiten de EU’ of de overeenkomstige code (BT-120 of BT-121)',
    de: 'Eine Ausfuhr außerhalb der EU muss den Befreiungsgrund angeben, „Ausfuhr außerhalb der EU“ oder den passenden Code (BT-120 oder BT-121)',
  },

  // ── VAT category O: not subject to VAT ──
  'BR-O-01': {
    fr: 'Une facture avec des lignes non soumises à la TVA doit contenir exactement un récapitulatif « non soumis » (BG-23)',
    nl: 'Een factuur met regels die niet aan btw onderworpen zijn moet precies één btw-overzicht ‘niet onderworpen’ bevatten (BG-23)',
    de: 'Eine Rechnung mit nicht steuerbaren Positionen muss genau eine Steueraufschlüsselung „nicht steuerbar“ enthalten (BG-23)',
  },
  'BR-O-02': {
    fr: 'Une facture non soumise à la TVA ne peut indiquer aucun numéro de TVA, ni du vendeur ni du client (BT-31, BT-48)',
    nl: 'Een factuur die niet aan btw onderworpen is mag geen btw-nummer vermelden, noch van de verkoper noch van de klant (BT-31, BT-48)',
    de: 'Eine nicht steuerbare Rechnung darf keine USt-IdNr. angeben, weder des Verkäufers noch des Kunden (BT-31, BT-48)',
  },
  'BR-O-05': {
    fr: 'Une ligne non soumise à la TVA ne peut pas indiquer de taux de TVA (BT-152)',
    nl: 'Een regel die niet aan btw onderworpen is mag geen btw-tarief vermelden (BT-152)',
    de: 'Eine nicht steuerbare Position darf keinen Steuersatz angeben (BT-152)',
  },
  'BR-O-09': {
    fr: 'Le montant de TVA des opérations non soumises à la TVA doit être nul (BT-117)',
    nl: 'Het btw-bedrag van handelingen die niet aan btw onderworpen zijn moet nul zijn (BT-117)',
    de: 'Der Steuerbetrag nicht steuerbarer Umsätze muss null sein (BT-117)',
  },
  'BR-O-10': {
    fr: 'Une opération non soumise à la TVA doit en indiquer le motif, « Non soumis à la TVA » ou le code correspondant (BT-120 ou BT-121)',
    nl: 'Een handeling die niet aan btw onderworpen is moet de reden vermelden, ‘Niet onderworpen aan btw’ of de overeenkomstige code (BT-120 of BT-121)',
    de: 'Ein nicht steuerbarer Umsatz muss den Grund angeben, „Nicht steuerbar“ oder den passenden Code (BT-120 oder BT-121)',
  },
  'BR-O-11': {
    fr: 'Une facture non soumise à la TVA ne peut pas contenir d’autre récapitulatif de TVA (BG-23) : ne mélangez pas des lignes avec et sans TVA',
    nl: 'Een factuur die niet aan btw onderworpen is mag geen ander btw-overzicht bevatten (BG-23): meng geen regels met en zonder btw',
    de: 'Eine nicht steuerbare Rechnung darf keine weitere Steueraufschlüsselung enthalten (BG-23): Mischen Sie keine Positionen mit und ohne Umsatzsteuer',
  },
  'BR-O-12': {
    fr: 'Une facture non soumise à la TVA ne peut contenir que des lignes non soumises à la TVA (BT-151)',
    nl: 'Een factuur die niet aan btw onderworpen is mag alleen regels bevatten die niet aan btw onderworpen zijn (BT-151)',
    de: 'Eine nicht steuerbare Rechnung darf nur nicht steuerbare Positionen enthalten (BT-151)',
  },

  // ── Peppol BIS Billing 3.0 ──
  'PEPPOL-EN16931-R003': {
    fr: 'Une référence de l’acheteur ou un numéro de bon de commande est requis (BT-10, BT-13) : indiquez la référence que le client vous a donnée',
    nl: 'Een referentie van de koper of een bestelbonnummer is vereist (BT-10, BT-13): vermeld de referentie die de klant u gaf',
    de: 'Eine Käuferreferenz oder eine Bestellnummer ist erforderlich (BT-10, BT-13): Geben Sie die Referenz an, die Ihnen der Kunde genannt hat',
  },
  'PEPPOL-EN16931-R005': {
    fr: 'La devise de comptabilisation de la TVA ne peut être indiquée que si elle diffère de la devise de la facture (BT-6)',
    nl: 'De munt voor de btw-boekhouding mag alleen worden vermeld als ze verschilt van de munt van de factuur (BT-6)',
    de: 'Die Währung für die Umsatzsteuer darf nur angegeben werden, wenn sie von der Rechnungswährung abweicht (BT-6)',
  },
  'PEPPOL-EN16931-R008': {
    fr: 'Le document ne peut contenir aucun champ vide : retirez les espaces laissés seuls dans les adresses, noms ou références',
    nl: 'Het document mag geen lege velden bevatten: verwijder losse spaties in adressen, namen of referenties',
    de: 'Das Dokument darf keine leeren Felder enthalten: Entfernen Sie allein stehende Leerzeichen in Adressen, Namen oder Referenzen',
  },
  'PEPPOL-EN16931-R010': {
    fr: 'L’adresse électronique (Peppol) du client est requise (BT-49) : indiquez son identifiant Peppol, son numéro d’entreprise ou son numéro de TVA',
    nl: 'Het elektronische (Peppol-)adres van de klant is vereist (BT-49): vul zijn Peppol-ID, ondernemingsnummer of btw-nummer in',
    de: 'Die elektronische (Peppol-)Adresse des Kunden ist erforderlich (BT-49): Geben Sie seine Peppol-ID, Unternehmensnummer oder USt-IdNr. an',
  },
  'PEPPOL-EN16931-R020': {
    fr: 'L’adresse électronique (Peppol) du vendeur est requise (BT-34) : indiquez le numéro d’entreprise ou de TVA de votre société',
    nl: 'Het elektronische (Peppol-)adres van de verkoper is vereist (BT-34): vul het ondernemingsnummer of btw-nummer van uw bedrijf in',
    de: 'Die elektronische (Peppol-)Adresse des Verkäufers ist erforderlich (BT-34): Geben Sie die Unternehmensnummer oder USt-IdNr. Ihres Unternehmens an',
  },
  'PEPPOL-EN16931-R040': {
    fr: 'Le montant d’une remise ou de frais doit être égal à la base multipliée par le pourcentage',
    nl: 'Het bedrag van een korting of van kosten moet gelijk zijn aan de basis maal het percentage',
    de: 'Der Betrag eines Nachlasses oder Zuschlags muss der Grundlage mal dem Prozentsatz entsprechen',
  },
  'PEPPOL-EN16931-R046': {
    fr: 'Le prix net d’une ligne doit être égal au prix brut moins la remise sur le prix',
    nl: 'De nettoprijs van een regel moet gelijk zijn aan de brutoprijs min de korting op de prijs',
    de: 'Der Nettopreis einer Position muss dem Bruttopreis abzüglich des Preisnachlasses entsprechen',
  },
  'PEPPOL-EN16931-R051': {
    fr: 'Tous les montants doivent être dans la devise de la facture (BT-5), sauf le total de TVA en devise de comptabilisation',
    nl: 'Alle bedragen moeten in de munt van de factuur staan (BT-5), behalve het btw-totaal in de boekhoudmunt',
    de: 'Alle Beträge müssen in der Rechnungswährung stehen (BT-5), außer der Umsatzsteuersumme in der Buchungswährung',
  },
  'PEPPOL-EN16931-R055': {
    fr: 'Le total de TVA et le total de TVA en devise de comptabilisation doivent avoir le même signe : vérifiez le taux de change',
    nl: 'Het btw-totaal en het btw-totaal in de boekhoudmunt moeten hetzelfde teken hebben: controleer de wisselkoers',
    de: 'Die Umsatzsteuersumme und die Umsatzsteuersumme in der Buchungswährung müssen dasselbe Vorzeichen haben: Prüfen Sie den Wechselkurs',
  },
  'PEPPOL-EN16931-R061': {
    fr: 'Un paiement par domiciliation doit indiquer la référence du mandat (BT-89)',
    nl: 'Een betaling per domiciliëring moet de referentie van het mandaat vermelden (BT-89)',
    de: 'Eine Zahlung per Lastschrift muss die Mandatsreferenz angeben (BT-89)',
  },
  'PEPPOL-EN16931-R110': {
    fr: 'La période d’une ligne doit commencer dans la période facturée',
    nl: 'De periode van een regel moet binnen de gefactureerde periode beginnen',
    de: 'Der Zeitraum einer Position muss innerhalb des Abrechnungszeitraums beginnen',
  },
  'PEPPOL-EN16931-R111': {
    fr: 'La période d’une ligne doit se terminer dans la période facturée',
    nl: 'De periode van een regel moet binnen de gefactureerde periode eindigen',
    de: 'Der Zeitraum einer Position muss innerhalb des Abrechnungszeitraums enden',
  },
  'PEPPOL-EN16931-R120': {
    fr: 'Le montant net d’une ligne doit être égal à la quantité multipliée par le prix unitaire net, moins la remise de la ligne (BT-131)',
    nl: 'Het nettobedrag van een regel moet gelijk zijn aan de hoeveelheid maal de netto-eenheidsprijs, min de korting van de regel (BT-131)',
    de: 'Der Nettobetrag einer Position muss der Menge mal dem Netto-Einzelpreis abzüglich des Positionsnachlasses entsprechen (BT-131)',
  },
  'PEPPOL-EN16931-R121': {
    fr: 'La quantité de base d’un prix doit être supérieure à zéro (BT-149)',
    nl: 'De basishoeveelheid van een prijs moet groter zijn dan nul (BT-149)',
    de: 'Die Basismenge eines Preises muss größer als null sein (BT-149)',
  },
  'PEPPOL-EN16931-CL007': {
    fr: 'La devise doit être un code ISO 4217 valide, par exemple EUR',
    nl: 'De munteenheid moet een geldige ISO 4217-code zijn, bijvoorbeeld EUR',
    de: 'Die Währung muss ein gültiger ISO-4217-Code sein, zum Beispiel EUR',
  },
  'PEPPOL-EN16931-CL008': {
    fr: 'Le type d’identifiant d’une adresse Peppol doit figurer dans la liste officielle, par exemple 0208 pour un numéro d’entreprise belge : vérifiez l’identifiant Peppol',
    nl: 'Het soort identificatie van een Peppol-adres moet in de officiële lijst staan, bijvoorbeeld 0208 voor een Belgisch ondernemingsnummer: controleer de Peppol-ID',
    de: 'Die Art der Kennung einer Peppol-Adresse muss in der amtlichen Liste stehen, zum Beispiel 0208 für eine belgische Unternehmensnummer: Prüfen Sie die Peppol-ID',
  },
  'PEPPOL-EN16931-P0106': {
    fr: 'Le motif d’exonération « livraison intracommunautaire » (VATEX-EU-IC) ne s’emploie qu’avec la catégorie de TVA intracommunautaire (K)',
    nl: 'De vrijstellingsreden ‘intracommunautaire levering’ (VATEX-EU-IC) wordt alleen gebruikt met de btw-categorie intracommunautair (K)',
    de: 'Der Befreiungsgrund „innergemeinschaftliche Lieferung“ (VATEX-EU-IC) gilt nur mit der Steuerkategorie innergemeinschaftlich (K)',
  },
  'PEPPOL-EN16931-P0107': {
    fr: 'Le motif d’exonération « autoliquidation » (VATEX-EU-AE) ne s’emploie qu’avec la catégorie de TVA autoliquidation (AE)',
    nl: 'De vrijstellingsreden ‘btw verlegd’ (VATEX-EU-AE) wordt alleen gebruikt met de btw-categorie verlegging (AE)',
    de: 'Der Befreiungsgrund „Reverse Charge“ (VATEX-EU-AE) gilt nur mit der Steuerkategorie Reverse Charge (AE)',
  },
  'PEPPOL-COMMON-R040': {
    fr: 'Un numéro GLN doit compter 13 chiffres avec un chiffre de contrôle GS1 correct',
    nl: 'Een GLN-nummer moet 13 cijfers tellen met een correct GS1-controlecijfer',
    de: 'Eine GLN muss 13 Ziffern mit einer korrekten GS1-Prüfziffer haben',
  },
  'PEPPOL-COMMON-R043': {
    fr: 'Un numéro d’entreprise belge doit compter 10 chiffres, commencer par 0 ou 1 et avoir des chiffres de contrôle corrects',
    nl: 'Een Belgisch ondernemingsnummer moet 10 cijfers tellen, met 0 of 1 beginnen en correcte controlecijfers hebben',
    de: 'Eine belgische Unternehmensnummer muss 10 Ziffern haben, mit 0 oder 1 beginnen und gültige Prüfziffern haben',
  },

  // ── Peppol national rules: a Dutch seller ──
  'NL-R-002': {
    fr: 'Un vendeur établi aux Pays-Bas doit indiquer la rue, la ville et le code postal de son adresse',
    nl: 'Een verkoper in Nederland moet straat, plaats en postcode van zijn adres vermelden',
    de: 'Ein Verkäufer in den Niederlanden muss Straße, Ort und Postleitzahl seiner Adresse angeben',
  },
  'NL-R-003': {
    fr: 'Un vendeur établi aux Pays-Bas doit s’identifier par son numéro KVK ou OIN',
    nl: 'Een verkoper in Nederland moet zich identificeren met zijn KVK- of OIN-nummer',
    de: 'Ein Verkäufer in den Niederlanden muss sich mit seiner KVK- oder OIN-Nummer ausweisen',
  },
  'NL-R-004': {
    fr: 'Entre vendeur et client établis aux Pays-Bas, l’adresse du client doit indiquer la rue, la ville et le code postal',
    nl: 'Tussen verkoper en klant in Nederland moet het adres van de klant straat, plaats en postcode vermelden',
    de: 'Zwischen Verkäufer und Kunde in den Niederlanden muss die Kundenadresse Straße, Ort und Postleitzahl angeben',
  },
  'NL-R-005': {
    fr: 'Entre vendeur et client établis aux Pays-Bas, le client doit être identifié par son numéro KVK ou OIN',
    nl: 'Tussen verkoper en klant in Nederland moet de klant geïdentificeerd worden met zijn KVK- of OIN-nummer',
    de: 'Zwischen Verkäufer und Kunde in den Niederlanden muss der Kunde mit seiner KVK- oder OIN-Nummer ausgewiesen sein',
  },
  'NL-R-007': {
    fr: 'Un vendeur établi aux Pays-Bas doit indiquer un moyen de paiement, par exemple son IBAN',
    nl: 'Een verkoper in Nederland moet een betaalmiddel vermelden, bijvoorbeeld zijn IBAN',
    de: 'Ein Verkäufer in den Niederlanden muss eine Zahlungsart angeben, zum Beispiel seine IBAN',
  },

  // ── Peppol national rules: seller and customer both in Germany ──
  'DE-R-003': {
    fr: 'Entre entreprises allemandes, la ville du vendeur est requise (BT-37)',
    nl: 'Tussen Duitse ondernemingen is de plaats van de verkoper vereist (BT-37)',
    de: 'Zwischen deutschen Unternehmen ist der Ort des Verkäufers erforderlich (BT-37)',
  },
  'DE-R-004': {
    fr: 'Entre entreprises allemandes, le code postal du vendeur est requis (BT-38)',
    nl: 'Tussen Duitse ondernemingen is de postcode van de verkoper vereist (BT-38)',
    de: 'Zwischen deutschen Unternehmen ist die Postleitzahl des Verkäufers erforderlich (BT-38)',
  },
  'DE-R-006': {
    fr: 'Entre entreprises allemandes, le numéro de téléphone de contact du vendeur est requis (BT-42)',
    nl: 'Tussen Duitse ondernemingen is het contacttelefoonnummer van de verkoper vereist (BT-42)',
    de: 'Zwischen deutschen Unternehmen ist die Telefonnummer des Ansprechpartners des Verkäufers erforderlich (BT-42)',
  },
  'DE-R-007': {
    fr: 'Entre entreprises allemandes, l’e-mail de contact du vendeur est requis (BT-43)',
    nl: 'Tussen Duitse ondernemingen is het contact-e-mailadres van de verkoper vereist (BT-43)',
    de: 'Zwischen deutschen Unternehmen ist die E-Mail-Adresse des Ansprechpartners des Verkäufers erforderlich (BT-43)',
  },
  'DE-R-008': {
    fr: 'Entre entreprises allemandes, la ville du client est requise (BT-52)',
    nl: 'Tussen Duitse ondernemingen is de plaats van de klant vereist (BT-52)',
    de: 'Zwischen deutschen Unternehmen ist der Ort des Kunden erforderlich (BT-52)',
  },
  'DE-R-009': {
    fr: 'Entre entreprises allemandes, le code postal du client est requis (BT-53)',
    nl: 'Tussen Duitse ondernemingen is de postcode van de klant vereist (BT-53)',
    de: 'Zwischen deutschen Unternehmen ist die Postleitzahl des Kunden erforderlich (BT-53)',
  },
  'DE-R-015': {
    fr: 'Entre entreprises allemandes, la référence de l’acheteur (Leitweg-ID ou autre) est requise (BT-10)',
    nl: 'Tussen Duitse ondernemingen is de referentie van de koper (Leitweg-ID of andere) vereist (BT-10)',
    de: 'Zwischen deutschen Unternehmen ist die Käuferreferenz (Leitweg-ID oder andere) erforderlich (BT-10)',
  },

  // ── UBL.BE (Belgian flavour) ──
  'ubl-BE-09': {
    fr: 'La date d’échéance est requise (BT-9)',
    nl: 'De vervaldatum is vereist (BT-9)',
    de: 'Das Fälligkeitsdatum ist erforderlich (BT-9)',
  },
  'ubl-BE-11': {
    fr: 'Le code du motif d’exonération de TVA doit figurer dans la liste belge (BT-121)',
    nl: 'De code van de reden van btw-vrijstelling moet in de Belgische lijst staan (BT-121)',
    de: 'Der Code des Steuerbefreiungsgrunds muss in der belgischen Liste stehen (BT-121)',
  },
  'ubl-BE-12': {
    fr: 'Le texte du motif d’exonération de TVA doit être l’un des textes de la liste belge (BT-120)',
    nl: 'De tekst van de reden van btw-vrijstelling moet een van de teksten uit de Belgische lijst zijn (BT-120)',
    de: 'Der Text des Steuerbefreiungsgrunds muss einer der Texte der belgischen Liste sein (BT-120)',
  },
};

/** Our wording of a rule in French, Dutch and German, when the rule is one we explain. */
export function ruleTexts(id: string): RuleText | undefined {
  return Object.hasOwn(RULE_TEXTS, id) ? RULE_TEXTS[id] : undefined;
}
