/**
 * VAT rules a sales document must obey before it is issued: the EN 16931 business rules that make its
 * UBL/CII fail validation (ids cited per rule), and the VAT law they stand for, plus the legal mention
 * printed when no VAT is charged.
 *
 * Left to the e-invoice exporter, since they concern its output rather than the user's data:
 * BR-O-02 (an "O" invoice carries neither seller nor buyer VAT identifier), BR-O-05 (no rate on "O"
 * lines), BR-IC-11 (delivery date or invoicing period) and BR-IC-12 (deliver-to country) on "K".
 */
import { dec } from '../../shared/money.js';
import { VAT_CATEGORY_ORDER, type VatCategory } from './document-totals.js';

export type VatRegime = 'standard' | 'franchise';
export type MentionLanguage = 'fr' | 'nl' | 'en' | 'de';

export type VatRuleCode =
  | 'vat_rate_not_allowed'
  | 'vat_category_not_allowed'
  | 'buyer_vat_required'
  | 'buyer_country_required'
  | 'seller_vat_required'
  | 'exemption_reason_required'
  | 'exemption_reason_not_allowed'
  | 'exemption_reason_conflict'
  | 'mixed_vat_regime';

export interface VatRuleIssue {
  /** "lines/2/vatRate", "buyer/vatNumber", "seller/vatNumber", "buyer/country". */
  path: string;
  code: VatRuleCode;
  /** English, a key of the translation catalogue (src/shared/messages.ts); the UI may translate by `code`. */
  message: string;
}

export interface VatRuleLine {
  vatCategory: VatCategory;
  vatRate: string;
  /** The line's own exemption reason (BT-120); without one, `defaultExemption` applies. */
  exemptionReason?: string | null;
}

export interface VatRuleDocument {
  sellerCountry: string;
  sellerVatNumber?: string | null;
  /** BT-32, accepted instead of the VAT number where EN 16931 accepts it (not for K and G). */
  sellerTaxRegistrationId?: string | null;
  buyerCountry?: string | null;
  buyerVatNumber?: string | null;
  vatRegime: VatRegime;
  lines: VatRuleLine[];
}

export interface ExemptionMention {
  /** VATEX code (BT-121, CEF VATEX codelist); null when the codelist has none and the text alone states it (BR-E-10). */
  code: string | null;
  /** Exemption reason (BT-120) and the mention printed on the document, in the customer's language. */
  text: Record<MentionLanguage, string>;
}

export interface ExemptionContext {
  regime: VatRegime;
  sellerCountry: string;
  /** Tells a domestic reverse charge (BE: art. 51, § 2) from a cross-border one (Directive art. 196). */
  buyerCountry?: string | null;
}

/** EU member states (ISO 3166-1; Greece is GR here, EL only as a VAT number prefix). */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** Categories whose VAT breakdown needs an exemption reason (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
type ExemptCategory = 'E' | 'AE' | 'K' | 'G' | 'O';
const EXEMPT: ReadonlySet<VatCategory> = new Set<ExemptCategory>(['E', 'AE', 'K', 'G', 'O']);
const isExempt = (c: VatCategory): c is ExemptCategory => EXEMPT.has(c);
/** Categories that need a seller identifier (every one but O). */
type SellerIdCategory = Exclude<VatCategory, 'O'>;
/** Seller VAT identifier or tax registration identifier (BR-S-02, BR-Z-02, BR-E-02, BR-AE-02, BR-AF-02, BR-AG-02). */
const NEEDS_SELLER_ID: ReadonlySet<VatCategory> = new Set<SellerIdCategory>(['S', 'Z', 'E', 'AE', 'L', 'M']);
/** Seller VAT identifier itself (BR-IC-02, BR-G-02). */
const NEEDS_SELLER_VAT: ReadonlySet<VatCategory> = new Set<SellerIdCategory>(['K', 'G']);

/*
 * The messages, one static text per category (and its EN 16931 rule), so that each is a key of the
 * translation catalogue (src/shared/messages.ts).
 */
const RATE_NOT_NEGATIVE: Record<'L' | 'M', string> = {
  L: 'Category L needs a rate of 0 or more (BR-AF-05)',
  M: 'Category M needs a rate of 0 or more (BR-AG-05)',
};
const RATE_MUST_BE_ZERO: Record<Exclude<VatCategory, 'S' | 'L' | 'M'>, string> = {
  Z: 'Category Z charges no VAT: its rate must be 0 (BR-Z-05)',
  E: 'Category E charges no VAT: its rate must be 0 (BR-E-05)',
  AE: 'Category AE charges no VAT: its rate must be 0 (BR-AE-05)',
  K: 'Category K charges no VAT: its rate must be 0 (BR-IC-05)',
  G: 'Category G charges no VAT: its rate must be 0 (BR-G-05)',
  O: 'Category O charges no VAT: its rate must be 0 (BR-O-05)',
};
const EXEMPTION_REASON_NOT_ALLOWED: Record<Exclude<VatCategory, ExemptCategory>, string> = {
  S: 'A line of category S cannot carry an exemption reason (BR-S-10)',
  Z: 'A line of category Z cannot carry an exemption reason (BR-Z-10)',
  L: 'A line of category L cannot carry an exemption reason (BR-AF-10)',
  M: 'A line of category M cannot carry an exemption reason (BR-AG-10)',
};
const EXEMPTION_REASON_REQUIRED: Record<ExemptCategory, string> = {
  E: 'State why no VAT is charged: the legal basis of the exemption (BR-E-10)',
  AE: 'State why no VAT is charged: the legal basis of the exemption (BR-AE-10)',
  K: 'State why no VAT is charged: the legal basis of the exemption (BR-IC-10)',
  G: 'State why no VAT is charged: the legal basis of the exemption (BR-G-10)',
  O: 'State why no VAT is charged: the legal basis of the exemption (BR-O-10)',
};
const EXEMPTION_REASON_CONFLICT: Record<ExemptCategory, string> = {
  E: 'Lines of category E must share one exemption reason: the VAT breakdown has room for one',
  AE: 'Lines of category AE must share one exemption reason: the VAT breakdown has room for one',
  K: 'Lines of category K must share one exemption reason: the VAT breakdown has room for one',
  G: 'Lines of category G must share one exemption reason: the VAT breakdown has room for one',
  O: 'Lines of category O must share one exemption reason: the VAT breakdown has room for one',
};
const SELLER_VAT_REQUIRED: Record<SellerIdCategory, string> = {
  S: 'The seller’s VAT number is required for VAT category S (BR-S-02)',
  Z: 'The seller’s VAT number is required for VAT category Z (BR-Z-02)',
  E: 'The seller’s VAT number is required for VAT category E (BR-E-02)',
  AE: 'The seller’s VAT number is required for VAT category AE (BR-AE-02)',
  K: 'The seller’s VAT number is required for VAT category K (BR-IC-02)',
  G: 'The seller’s VAT number is required for VAT category G (BR-G-02)',
  L: 'The seller’s VAT number is required for VAT category L (BR-AF-02)',
  M: 'The seller’s VAT number is required for VAT category M (BR-AG-02)',
};

/** Upper-cased country code; "EL" (Greece's VAT prefix, which callers may pass) read as GR. */
function upper(v: string | null | undefined): string | null {
  const code = v?.trim().toUpperCase();
  if (!code) return null;
  return code === 'EL' ? 'GR' : code;
}
const filled = (v: string | null | undefined): boolean => Boolean(v?.trim());

function rateIssue(category: VatCategory, rate: string): string | null {
  let r: ReturnType<typeof dec>;
  try {
    r = dec(rate);
  } catch {
    return 'The VAT rate is not a number';
  }
  if (category === 'S')
    return r.greaterThan(0) ? null : 'A standard-rated line (S) needs a rate above 0 (BR-S-05)';
  if (category === 'L' || category === 'M') return r.isNegative() ? RATE_NOT_NEGATIVE[category] : null;
  return r.isZero() ? null : RATE_MUST_BE_ZERO[category];
}

export function checkVatRules(doc: VatRuleDocument): VatRuleIssue[] {
  const issues: VatRuleIssue[] = [];
  const seller = upper(doc.sellerCountry);
  const buyer = upper(doc.buyerCountry);
  const crossBorder = buyer !== null && buyer !== seller;
  const context: ExemptionContext = {
    regime: doc.vatRegime,
    sellerCountry: doc.sellerCountry,
    buyerCountry: buyer,
  };
  const add = (path: string, code: VatRuleCode, message: string) => issues.push({ path, code, message });
  const categories = new Set<VatCategory>();
  const reasons = new Map<VatCategory, string>();

  doc.lines.forEach((line, i) => {
    const at = `lines/${i}`;
    const c = line.vatCategory;
    if (!VAT_CATEGORY_ORDER.includes(c)) {
      add(
        `${at}/vatCategory`,
        'vat_category_not_allowed',
        'Unknown VAT category: use S, Z, E, AE, K, G, O, L or M',
      );
      return;
    }
    categories.add(c);
    const rate = rateIssue(c, line.vatRate);
    if (rate) add(`${at}/vatRate`, 'vat_rate_not_allowed', rate);

    if (doc.vatRegime === 'franchise' && c !== 'E' && !(c === 'AE' && crossBorder)) {
      add(
        `${at}/vatCategory`,
        'vat_category_not_allowed',
        c === 'AE'
          ? 'Under the small-business franchise scheme, reverse charge (AE) applies only to a customer in another country'
          : 'Under the small-business franchise scheme no VAT is charged: use category E (exempt)',
      );
    }
    if (c === 'K') {
      if (
        !seller ||
        !EU_MEMBER_STATES.has(seller) ||
        (buyer && (!EU_MEMBER_STATES.has(buyer) || !crossBorder))
      ) {
        add(
          `${at}/vatCategory`,
          'vat_category_not_allowed',
          'An intra-Community supply (K) goes from one EU member state to another: seller and buyer must be in different EU countries',
        );
      }
    }
    if ((c === 'L' || c === 'M') && seller !== 'ES') {
      add(
        `${at}/vatCategory`,
        'vat_category_not_allowed',
        'Categories L (IGIC) and M (IPSI) exist only in Spain',
      );
    }

    const reason = line.exemptionReason?.trim() ?? '';
    if (!isExempt(c)) {
      if (reason) {
        add(`${at}/exemptionReason`, 'exemption_reason_not_allowed', EXEMPTION_REASON_NOT_ALLOWED[c]);
      }
      return;
    }
    if (!reason && !defaultExemption(c, context)) {
      add(`${at}/exemptionReason`, 'exemption_reason_required', EXEMPTION_REASON_REQUIRED[c]);
    }
    // One VAT breakdown per category carries one reason (BT-120), so a category cannot have two.
    const key = reason || '(default)';
    const seen = reasons.get(c);
    if (seen === undefined) reasons.set(c, key);
    else if (seen !== key) {
      add(`${at}/exemptionReason`, 'exemption_reason_conflict', EXEMPTION_REASON_CONFLICT[c]);
    }
  });

  if (categories.has('O') && categories.size > 1) {
    // BR-O-11..14: "not subject to VAT" is the whole invoice or nothing. Flag the smaller side.
    const outside = doc.lines.filter((l) => l.vatCategory === 'O').length;
    const flagOutside = outside <= doc.lines.length - outside;
    doc.lines.forEach((l, i) => {
      if ((l.vatCategory === 'O') === flagOutside && VAT_CATEGORY_ORDER.includes(l.vatCategory)) {
        add(
          `lines/${i}/vatCategory`,
          'mixed_vat_regime',
          'Lines outside the scope of VAT (O) cannot share a document with other VAT categories (BR-O-11, BR-O-12)',
        );
      }
    });
  }

  if (categories.has('K') && !buyer) {
    add('buyer/country', 'buyer_country_required', 'An intra-Community supply (K) needs the buyer’s country');
  }
  const needBuyerVat = (['AE', 'K'] as const).filter((c) => categories.has(c));
  if (needBuyerVat.length > 0 && !filled(doc.buyerVatNumber)) {
    add(
      'buyer/vatNumber',
      'buyer_vat_required',
      needBuyerVat.includes('K')
        ? 'An intra-Community supply (K) needs the buyer’s VAT number (BR-IC-02)'
        : 'Reverse charge (AE) needs the buyer’s VAT number (BR-AE-02)',
    );
  }
  const strict = [...categories].filter((c): c is SellerIdCategory => NEEDS_SELLER_VAT.has(c));
  const loose = [...categories].filter((c): c is SellerIdCategory => NEEDS_SELLER_ID.has(c));
  if (
    !filled(doc.sellerVatNumber) &&
    (strict.length > 0 || (loose.length > 0 && !filled(doc.sellerTaxRegistrationId)))
  ) {
    const first = strict[0] ?? loose[0]!;
    add('seller/vatNumber', 'seller_vat_required', SELLER_VAT_REQUIRED[first]);
  }
  return issues;
}

type Texts = Record<MentionLanguage, string>;

const REVERSE_CHARGE: Texts = {
  fr: 'Autoliquidation',
  nl: 'Verlegging van heffing',
  en: 'Reverse charge',
  de: 'Steuerschuldnerschaft des Leistungsempfängers',
};

const withBasis = (base: Texts, basis: Texts): Texts => ({
  fr: `${base.fr} (${basis.fr})`,
  nl: `${base.nl} (${basis.nl})`,
  en: `${base.en} (${basis.en})`,
  de: `${base.de} (${basis.de})`,
});

/** Belgian domestic reverse charge: the customer owes the VAT (art. 51, § 2, Code TVA / WBTW). */
const BE_REVERSE_CHARGE = withBasis(REVERSE_CHARGE, {
  fr: 'TVA due par le cocontractant, art. 51, § 2, du Code de la TVA',
  nl: 'btw verschuldigd door de medecontractant, art. 51, § 2, WBTW',
  en: 'VAT due by the customer, art. 51 § 2 of the Belgian VAT Code',
  de: 'MwSt. geschuldet vom Vertragspartner, Art. 51 § 2 des belgischen MwSt.-Gesetzbuches',
});

/** Cross-border B2B services: the customer accounts for the VAT in its member state (Directive art. 196). */
const EU_REVERSE_CHARGE = withBasis(REVERSE_CHARGE, {
  fr: 'TVA due par le preneur, art. 196 de la directive 2006/112/CE',
  nl: 'btw verschuldigd door de afnemer, art. 196 van Richtlijn 2006/112/EG',
  en: 'VAT due by the customer, art. 196 of Directive 2006/112/EC',
  de: 'Steuer vom Leistungsempfänger geschuldet, Art. 196 der Richtlinie 2006/112/EG',
});

const INTRA_EU: { EU: Texts } & Partial<Record<string, Texts>> = {
  BE: {
    fr: 'Livraison intracommunautaire exemptée de TVA, art. 39bis, alinéa 1er, 1°, du Code de la TVA',
    nl: 'Vrijgestelde intracommunautaire levering, art. 39bis, eerste lid, 1°, WBTW',
    en: 'Exempt intra-Community supply of goods, art. 39bis of the Belgian VAT Code',
    de: 'Steuerfreie innergemeinschaftliche Lieferung, Art. 39bis des belgischen MwSt.-Gesetzbuches',
  },
  FR: {
    fr: 'Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)',
    nl: 'Vrijstelling van btw, artikel 262 ter I van de Franse CGI (intracommunautaire levering)',
    en: 'VAT exemption, article 262 ter I of the French General Tax Code (intra-Community supply)',
    de: 'Steuerbefreiung nach Artikel 262 ter I des französischen CGI (innergemeinschaftliche Lieferung)',
  },
  EU: {
    fr: 'Livraison intracommunautaire exonérée de TVA, art. 138 de la directive 2006/112/CE',
    nl: 'Vrijgestelde intracommunautaire levering, art. 138 van Richtlijn 2006/112/EG',
    en: 'Exempt intra-Community supply, art. 138 of Directive 2006/112/EC',
    de: 'Steuerfreie innergemeinschaftliche Lieferung, Art. 138 der Richtlinie 2006/112/EG',
  },
};

const EXPORT: { EU: Texts } & Partial<Record<string, Texts>> = {
  BE: {
    fr: 'Exportation exemptée de TVA, art. 39, § 1er, du Code de la TVA',
    nl: 'Vrijgestelde uitvoer, art. 39, § 1, WBTW',
    en: 'Exempt export outside the EU, art. 39 § 1 of the Belgian VAT Code',
    de: 'Steuerfreie Ausfuhrlieferung, Art. 39 § 1 des belgischen MwSt.-Gesetzbuches',
  },
  FR: {
    fr: 'Exonération de TVA, article 262 I du CGI (exportation)',
    nl: 'Vrijstelling van btw, artikel 262 I van de Franse CGI (uitvoer)',
    en: 'VAT exemption, article 262 I of the French General Tax Code (export)',
    de: 'Steuerbefreiung nach Artikel 262 I des französischen CGI (Ausfuhr)',
  },
  EU: {
    fr: 'Exportation hors UE exonérée de TVA, art. 146 de la directive 2006/112/CE',
    nl: 'Vrijgestelde uitvoer buiten de EU, art. 146 van Richtlijn 2006/112/EG',
    en: 'Exempt export outside the EU, art. 146 of Directive 2006/112/EC',
    de: 'Steuerfreie Ausfuhr aus der EU, Art. 146 der Richtlinie 2006/112/EG',
  },
};

const FRANCHISE: { EU: ExemptionMention } & Partial<Record<string, ExemptionMention>> = {
  BE: {
    // No Belgian code in the VATEX codelist: the text alone satisfies BR-E-10.
    code: null,
    text: {
      fr: 'Régime particulier de franchise des petites entreprises, art. 56bis du Code de la TVA – TVA non applicable',
      nl: 'Bijzondere vrijstellingsregeling voor kleine ondernemingen, art. 56bis WBTW – btw niet van toepassing',
      en: 'Special exemption scheme for small enterprises, art. 56bis of the Belgian VAT Code – no VAT charged',
      de: 'Sonderregelung für Kleinunternehmen, Art. 56bis des belgischen MwSt.-Gesetzbuches – keine MwSt. berechnet',
    },
  },
  FR: {
    code: 'VATEX-FR-FRANCHISE',
    text: {
      fr: 'TVA non applicable, art. 293 B du CGI',
      nl: 'Btw niet van toepassing, art. 293 B van de Franse CGI',
      en: 'VAT not applicable, art. 293 B of the French General Tax Code',
      de: 'Umsatzsteuer nicht anwendbar, Art. 293 B des französischen CGI',
    },
  },
  DE: {
    code: null,
    text: {
      fr: 'Régime des petites entreprises : pas de TVA facturée (§ 19 UStG)',
      nl: 'Kleineondernemersregeling: geen btw aangerekend (§ 19 UStG)',
      en: 'Small business scheme: no VAT charged (§ 19 UStG)',
      de: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung)',
    },
  },
  EU: {
    code: null,
    text: {
      fr: 'Régime de franchise des petites entreprises, art. 284 de la directive 2006/112/CE – TVA non applicable',
      nl: 'Vrijstellingsregeling voor kleine ondernemingen, art. 284 van Richtlijn 2006/112/EG – geen btw',
      en: 'Small enterprise exemption scheme, art. 284 of Directive 2006/112/EC – no VAT charged',
      de: 'Steuerbefreiung für Kleinunternehmen, Art. 284 der Richtlinie 2006/112/EG – keine MwSt. berechnet',
    },
  },
};

const NOT_SUBJECT: Texts = {
  fr: 'Hors champ d’application de la TVA',
  nl: 'Buiten het toepassingsgebied van de btw',
  en: 'Not subject to VAT',
  de: 'Nicht steuerbar',
};

/** The seller country's own wording, else the Directive's. */
const byCountry = <T>(table: { EU: T } & Partial<Record<string, T>>, country: string): T =>
  table[country] ?? table.EU;

/**
 * The legal mention printed when a line charges no VAT, with its VATEX code (BT-121) and text (BT-120).
 * Null where no default exists: S, Z, L and M carry no exemption reason (BR-S-10, BR-Z-10, BR-AF-10,
 * BR-AG-10), and an exempt line (E) outside the franchise scheme needs the user's own legal basis.
 */
export function defaultExemption(category: VatCategory, context: ExemptionContext): ExemptionMention | null {
  const seller = upper(context.sellerCountry) ?? '';
  const buyer = upper(context.buyerCountry);
  switch (category) {
    case 'AE': {
      const text =
        buyer === seller && seller === 'BE'
          ? BE_REVERSE_CHARGE
          : buyer && buyer !== seller && EU_MEMBER_STATES.has(buyer) && EU_MEMBER_STATES.has(seller)
            ? EU_REVERSE_CHARGE
            : REVERSE_CHARGE;
      return { code: 'VATEX-EU-AE', text };
    }
    case 'K':
      return { code: 'VATEX-EU-IC', text: byCountry(INTRA_EU, seller) };
    case 'G':
      return { code: 'VATEX-EU-G', text: byCountry(EXPORT, seller) };
    case 'O':
      return { code: 'VATEX-EU-O', text: NOT_SUBJECT };
    case 'E':
      return context.regime === 'franchise' ? byCountry(FRANCHISE, seller) : null;
    default:
      return null;
  }
}
