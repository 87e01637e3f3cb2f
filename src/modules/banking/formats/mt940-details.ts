import { bicOrNull, ibanOrNull, structuredReferenceIn, textOrNull } from './statement-text.js';

/** What an :86: field (information to account owner) says about one transaction. */
export interface Mt940Details {
  counterpartyName: string | null;
  counterpartyIban: string | null;
  counterpartyAccount: string | null;
  counterpartyBic: string | null;
  remittanceText: string | null;
  endToEndId: string | null;
  structuredReference: string | null;
  /** The German business transaction code (GVC, "166") when the field is in that style. */
  transactionCode: string | null;
}

const NONE: Mt940Details = {
  counterpartyName: null,
  counterpartyIban: null,
  counterpartyAccount: null,
  counterpartyBic: null,
  remittanceText: null,
  endToEndId: null,
  structuredReference: null,
  transactionCode: null,
};

/** "NOTPROVIDED" (SEPA's placeholder) and "NONREF" are no end-to-end id. */
const endToEnd = (v: string | null | undefined): string | null => {
  const t = textOrNull(v);
  return t && !/^(NOTPROVIDED|NONREF)$/i.test(t) ? t : null;
};

function account(value: string | null): Pick<Mt940Details, 'counterpartyIban' | 'counterpartyAccount'> {
  const v = textOrNull(value);
  const iban = ibanOrNull(v);
  return { counterpartyIban: iban, counterpartyAccount: iban ? null : v };
}

function withReference(d: Mt940Details): Mt940Details {
  return { ...d, structuredReference: structuredReferenceIn(d.remittanceText) };
}

/**
 * The German (DFÜ-Abkommen) style: a 3-digit GVC, then sub-fields `?00` posting text, `?20`–`?29` and
 * `?60`–`?63` purpose, `?30` bank code/BIC, `?31` account/IBAN, `?32`/`?33` name. Triodos writes `>`
 * for `?`. The field's lines wrap anywhere (inside words and sub-fields), so they are joined with
 * nothing, as are the purpose sub-fields; inside the purpose, SEPA keywords (EREF+, SVWZ+…) split it.
 */
function german(joined: string, separator: string): Mt940Details {
  const fields = new Map<string, string>();
  const parts = joined.slice(3).split(separator);
  for (const part of parts.slice(1)) {
    const key = part.slice(0, 2);
    if (!/^\d\d$/.test(key)) continue;
    fields.set(key, (fields.get(key) ?? '') + part.slice(2));
  }
  const purposeKeys = [...fields.keys()]
    .filter((k) => (k >= '20' && k <= '29') || (k >= '60' && k <= '63'))
    .sort();
  const purpose = purposeKeys.map((k) => fields.get(k)).join('');
  const sepa = new Map<string, string>();
  const keyword = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT)\+/g;
  const hits = [...purpose.matchAll(keyword)];
  hits.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = hits[i + 1]?.index ?? purpose.length;
    sepa.set(m[1] ?? '', purpose.slice(from, to));
  });
  const bic = bicOrNull(fields.get('30'));
  const name = textOrNull(`${fields.get('32') ?? ''}${fields.get('33') ?? ''}`);
  return withReference({
    ...NONE,
    ...account(fields.get('31') ?? null),
    counterpartyBic: bic,
    counterpartyName: name,
    remittanceText: textOrNull(sepa.get('SVWZ') ?? (hits.length ? null : purpose)) ?? textOrNull(purpose),
    endToEndId: endToEnd(sepa.get('EREF')),
    transactionCode: joined.slice(0, 3),
  });
}

const SWIFT_TAGS =
  'EREF|KREF|MREF|CRED|DEBT|CNTP|REMI|PURP|ULTC|ULTD|ULTB|ORDP|BENM|NAME|ADDR|ISDT|IBAN|BIC|CSID|MARF|TRCD|TRTP|PREF|RTRN|SVCL|OCMT|BUSP|IREF|EXCH|CHGS|OSDR|OGB|ACCW|ORIG|RTRE|ID';

/**
 * The SWIFT / Dutch style (ING, Rabobank, ABN AMRO SEPA, bunq, Knab): `/TAG/value` pairs, the value
 * running to the next known tag. `/CNTP/` is account/BIC/name/city; `/REMI/` is `USTD//text` or
 * `STRD/CUR/reference`. Lines wrap anywhere, so they are joined with nothing.
 */
function swift(joined: string): Mt940Details {
  const tags = new Map<string, string>();
  const hits = [...joined.matchAll(new RegExp(`/(${SWIFT_TAGS})/`, 'g'))];
  hits.forEach((m, i) => {
    const key = m[1] ?? '';
    const from = (m.index ?? 0) + m[0].length;
    const to = hits[i + 1]?.index ?? joined.length;
    if (!tags.has(key)) tags.set(key, joined.slice(from, to).replace(/\/+$/, ''));
  });
  const cntp = tags.get('CNTP')?.split('/');
  let remi = tags.get('REMI') ?? null;
  const remiForm = remi ? /^(USTD|STRD)\/(?:[A-Z]{3,4})?\/(.*)$/s.exec(remi) : null;
  if (remiForm) remi = remiForm[2] ?? null;
  const remittanceText = textOrNull(remi);
  const ref =
    structuredReferenceIn(remittanceText) ??
    (remiForm?.[1] === 'STRD' ? structuredReferenceIn(`+++${remi}+++`) : null);
  return {
    ...NONE,
    ...account(cntp?.[0] ?? tags.get('IBAN') ?? null),
    counterpartyBic: bicOrNull(cntp?.[1] ?? tags.get('BIC')),
    counterpartyName: textOrNull(cntp?.[2] ?? tags.get('NAME')),
    remittanceText,
    endToEndId: endToEnd(tags.get('EREF')),
    structuredReference: ref,
  };
}

/**
 * Reads the lines of an :86: field. Free text (ABN AMRO's old format, Citi, mBank…) keeps its lines
 * joined with one space; a leading IBAN there (SNS) is taken as the counterparty's.
 */
export function parseMt940Details(lines: string[]): Mt940Details {
  const joined = lines.join('');
  const german1 = /^\d{3}([?>])\d\d/.exec(joined);
  if (german1) return german(joined, german1[1] ?? '?');
  if (/^\s*\/[A-Z]{2,4}\//.test(joined) && new RegExp(`/(${SWIFT_TAGS})/`).test(joined))
    return swift(joined.trim());
  const text = textOrNull(
    lines
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' '),
  );
  const leading = text ? /^([A-Z]{2}\d{2}[A-Z0-9]{10,30})\b/.exec(text) : null;
  return withReference({ ...NONE, counterpartyIban: ibanOrNull(leading?.[1]), remittanceText: text });
}
