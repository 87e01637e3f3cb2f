import type { PdfDocumentKind, PdfLanguage } from './pdf.types.js';

/**
 * The standard legal mentions a Belgian or French seller prints at the end of a document, in the
 * customer's language. The caller decides the facts (who the buyer is, which VAT regime applies) and
 * passes the result as `PdfDocumentInput.legalMentions`; exemption reasons of the VAT breakdown (BT-120)
 * are printed with the breakdown, so `reverseCharge` and `franchise` are for documents that want the
 * mention spelled out at the end as well.
 */
export interface LegalMentionContext {
  sellerCountry: string;
  kind: PdfDocumentKind;
  language: PdfLanguage;
  /** The buyer is a business (B2B). Late-payment clauses are B2B terms; consumers have their own rules. */
  buyerIsBusiness?: boolean;
  /** Country of the buyer: tells a domestic reverse charge from a cross-border one. */
  buyerCountry?: string | null;
  /** The customer accounts for the VAT (category AE). */
  reverseCharge?: boolean;
  /** Small-business franchise scheme: no VAT charged (BE art. 56bis Code TVA, FR art. 293 B CGI). */
  franchise?: boolean;
  /** The document states VAT (a VAT total other than zero): what a credit note gives back. */
  vatCharged?: boolean;
}

type Texts = Record<PdfLanguage, string>;

/**
 * France, between professionals: Code de commerce art. L441-10 (penalty rate, here the legal minimum
 * of three times the legal interest rate) and D441-5 (the €40 fixed recovery indemnity); art. L441-9
 * also requires the discount terms for early payment, stated as none.
 */
const FR_LATE_PAYMENT: Texts = {
  fr: 'En cas de retard de paiement, une pénalité égale à trois fois le taux d’intérêt légal sera exigible (art. L441-10 du Code de commerce), ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 €. Pas d’escompte pour paiement anticipé.',
  nl: 'Bij laattijdige betaling is een boete gelijk aan driemaal de wettelijke rentevoet verschuldigd (art. L441-10 van de Franse Code de commerce), evenals een forfaitaire vergoeding voor invorderingskosten van 40 € (art. D441-5). Geen korting voor vervroegde betaling.',
  en: 'Late payment incurs a penalty of three times the French legal interest rate (art. L441-10 of the French Commercial Code) and a fixed recovery fee of €40 (art. D441-5). No discount for early payment.',
  de: 'Bei Zahlungsverzug wird eine Vertragsstrafe in Höhe des Dreifachen des gesetzlichen Zinssatzes fällig (Art. L441-10 des französischen Handelsgesetzbuchs) sowie eine Pauschale für Beitreibungskosten von 40 € (Art. D441-5). Kein Skonto bei vorzeitiger Zahlung.',
};

/**
 * Belgium, between businesses: law of 2 August 2002 on combating late payment in commercial
 * transactions, art. 5 (interest due by operation of law, without notice, at the rate it sets) and
 * art. 6 (a fixed €40 compensation for recovery costs).
 */
const BE_LATE_PAYMENT: Texts = {
  fr: 'En cas de retard de paiement, un intérêt de retard au taux prévu par la loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales est dû de plein droit et sans mise en demeure (art. 5), ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 € (art. 6).',
  nl: 'Bij laattijdige betaling is van rechtswege en zonder ingebrekestelling een nalatigheidsinterest verschuldigd tegen de rentevoet bepaald door de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties (art. 5), evenals een forfaitaire vergoeding voor invorderingskosten van 40 € (art. 6).',
  en: 'Late payment incurs, by operation of law and without notice, interest at the rate set by the Belgian law of 2 August 2002 on combating late payment in commercial transactions (art. 5), and a fixed compensation of €40 for recovery costs (art. 6).',
  de: 'Bei Zahlungsverzug sind von Rechts wegen und ohne Inverzugsetzung Verzugszinsen zu dem im belgischen Gesetz vom 2. August 2002 zur Bekämpfung von Zahlungsverzug im Handelsverkehr festgelegten Satz geschuldet (Art. 5) sowie eine Pauschalentschädigung für Beitreibungskosten von 40 € (Art. 6).',
};

const REVERSE_CHARGE_BE: Texts = {
  fr: 'Autoliquidation : TVA due par le cocontractant (art. 51, § 2, du Code de la TVA).',
  nl: 'Verlegging van heffing: btw verschuldigd door de medecontractant (art. 51, § 2, WBTW).',
  en: 'Reverse charge: VAT due by the customer (art. 51 § 2 of the Belgian VAT Code).',
  de: 'Umkehrung der Steuerschuldnerschaft: MwSt. geschuldet vom Vertragspartner (Art. 51 § 2 des belgischen MwSt.-Gesetzbuches).',
};

const REVERSE_CHARGE_FR: Texts = {
  fr: 'Autoliquidation : TVA due par le preneur (art. 283 du CGI).',
  nl: 'Verlegging van heffing: btw verschuldigd door de afnemer (art. 283 van de Franse CGI).',
  en: 'Reverse charge: VAT due by the customer (art. 283 of the French General Tax Code).',
  de: 'Steuerschuldnerschaft des Leistungsempfängers (Art. 283 des französischen CGI).',
};

const REVERSE_CHARGE_EU: Texts = {
  fr: 'Autoliquidation : TVA due par le preneur (art. 196 de la directive 2006/112/CE).',
  nl: 'Verlegging van heffing: btw verschuldigd door de afnemer (art. 196 van Richtlijn 2006/112/EG).',
  en: 'Reverse charge: VAT due by the customer (art. 196 of Directive 2006/112/EC).',
  de: 'Steuerschuldnerschaft des Leistungsempfängers (Art. 196 der Richtlinie 2006/112/EG).',
};

const FRANCHISE_BE: Texts = {
  fr: 'Régime particulier de franchise des petites entreprises : TVA non applicable (art. 56bis du Code de la TVA).',
  nl: 'Bijzondere vrijstellingsregeling voor kleine ondernemingen: btw niet van toepassing (art. 56bis WBTW).',
  en: 'Special exemption scheme for small enterprises: no VAT charged (art. 56bis of the Belgian VAT Code).',
  de: 'Sonderregelung für Kleinunternehmen: keine MwSt. berechnet (Art. 56bis des belgischen MwSt.-Gesetzbuches).',
};

const FRANCHISE_FR: Texts = {
  fr: 'TVA non applicable, art. 293 B du CGI.',
  nl: 'Btw niet van toepassing, art. 293 B van de Franse CGI.',
  en: 'VAT not applicable, art. 293 B of the French General Tax Code.',
  de: 'Umsatzsteuer nicht anwendbar, Art. 293 B des französischen CGI.',
};

/**
 * Belgium, a credit note that gives back VAT: the seller recovers the VAT it paid only if the copy
 * handed to the customer says that the customer repays what it deducted (KB nr. 4 of 29 December
 * 1969 on VAT restitutions, art. 4; the cases of art. 77, § 1, 2° to 7° of the VAT Code). The
 * wording is the decree's own in French and Dutch.
 */
const VAT_REPAYMENT_BE: Texts = {
  fr: 'TVA à reverser à l’État dans la mesure où elle a été initialement déduite.',
  nl: 'Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.',
  en: 'VAT to be repaid to the State insofar as it was initially deducted.',
  de: 'An den Staat zurückzuzahlende MwSt., soweit sie ursprünglich abgezogen wurde.',
};

/** Documents that ask for payment, and so state what late payment costs. */
const PAYABLE: ReadonlySet<PdfDocumentKind> = new Set(['invoice', 'reminder', 'statement']);

/** The standard mentions for a Belgian or French seller; none for other countries (the caller's own). */
export function legalMentions(context: LegalMentionContext): string[] {
  const seller = context.sellerCountry.toUpperCase();
  const buyer = context.buyerCountry?.toUpperCase() ?? null;
  const lang = context.language;
  if (seller !== 'BE' && seller !== 'FR') return [];
  const mentions: string[] = [];
  if (context.franchise) mentions.push((seller === 'BE' ? FRANCHISE_BE : FRANCHISE_FR)[lang]);
  if (context.reverseCharge) {
    const crossBorder = buyer !== null && buyer !== seller;
    mentions.push(
      (crossBorder ? REVERSE_CHARGE_EU : seller === 'BE' ? REVERSE_CHARGE_BE : REVERSE_CHARGE_FR)[lang],
    );
  }
  if (seller === 'BE' && context.kind === 'credit_note' && context.vatCharged)
    mentions.push(VAT_REPAYMENT_BE[lang]);
  if (PAYABLE.has(context.kind) && context.buyerIsBusiness !== false) {
    mentions.push((seller === 'FR' ? FR_LATE_PAYMENT : BE_LATE_PAYMENT)[lang]);
  }
  return mentions;
}
