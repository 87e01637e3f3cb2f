import { z } from 'zod';

export interface UnitName {
  fr: string;
  nl: string;
  en: string;
  de: string;
}

export interface Unit {
  /** UN/ECE Recommendation 20 common code, as EN 16931 BT-130 expects it. */
  code: string;
  /** The name for one ("heure"): lists, pickers. */
  name: UnitName;
  /** The name for many ("heures"): after a quantity the language counts as plural. */
  plural: UnitName;
}

type Names = [singular: string, plural: string];

const u = (code: string, en: Names, fr: Names, nl: Names, de: Names): Unit => ({
  code,
  name: { fr: fr[0], nl: nl[0], en: en[0], de: de[0] },
  plural: { fr: fr[1], nl: nl[1], en: en[1], de: de[1] },
});

/**
 * The Rec 20 codes invoices commonly use; the full list has thousands nobody bills in. Dutch and
 * German keep some units singular after a number ("6 uur", "3 jaar", "5 Meter").
 */
export const UNITS: readonly Unit[] = [
  u('C62', ['unit', 'units'], ['unité', 'unités'], ['eenheid', 'eenheden'], ['Einheit', 'Einheiten']),
  u('H87', ['piece', 'pieces'], ['pièce', 'pièces'], ['stuk', 'stuks'], ['Stück', 'Stück']),
  u(
    'E48',
    ['service unit', 'service units'],
    ['unité de service', 'unités de service'],
    ['service-eenheid', 'service-eenheden'],
    ['Serviceeinheit', 'Serviceeinheiten'],
  ),
  u(
    'LS',
    ['lump sum', 'lump sums'],
    ['forfait', 'forfaits'],
    ['forfait', 'forfaits'],
    ['Pauschale', 'Pauschalen'],
  ),
  u('SEC', ['second', 'seconds'], ['seconde', 'secondes'], ['seconde', 'seconden'], ['Sekunde', 'Sekunden']),
  u('MIN', ['minute', 'minutes'], ['minute', 'minutes'], ['minuut', 'minuten'], ['Minute', 'Minuten']),
  u('HUR', ['hour', 'hours'], ['heure', 'heures'], ['uur', 'uur'], ['Stunde', 'Stunden']),
  u('DAY', ['day', 'days'], ['jour', 'jours'], ['dag', 'dagen'], ['Tag', 'Tage']),
  u('WEE', ['week', 'weeks'], ['semaine', 'semaines'], ['week', 'weken'], ['Woche', 'Wochen']),
  u('MON', ['month', 'months'], ['mois', 'mois'], ['maand', 'maanden'], ['Monat', 'Monate']),
  u(
    'QAN',
    ['quarter', 'quarters'],
    ['trimestre', 'trimestres'],
    ['kwartaal', 'kwartalen'],
    ['Quartal', 'Quartale'],
  ),
  u('ANN', ['year', 'years'], ['année', 'années'], ['jaar', 'jaar'], ['Jahr', 'Jahre']),
  u('GRM', ['gram', 'grams'], ['gramme', 'grammes'], ['gram', 'gram'], ['Gramm', 'Gramm']),
  u(
    'KGM',
    ['kilogram', 'kilograms'],
    ['kilogramme', 'kilogrammes'],
    ['kilogram', 'kilogram'],
    ['Kilogramm', 'Kilogramm'],
  ),
  u('TNE', ['tonne', 'tonnes'], ['tonne', 'tonnes'], ['ton', 'ton'], ['Tonne', 'Tonnen']),
  u(
    'MMT',
    ['millimetre', 'millimetres'],
    ['millimètre', 'millimètres'],
    ['millimeter', 'millimeter'],
    ['Millimeter', 'Millimeter'],
  ),
  u(
    'CMT',
    ['centimetre', 'centimetres'],
    ['centimètre', 'centimètres'],
    ['centimeter', 'centimeter'],
    ['Zentimeter', 'Zentimeter'],
  ),
  u('MTR', ['metre', 'metres'], ['mètre', 'mètres'], ['meter', 'meter'], ['Meter', 'Meter']),
  u(
    'KMT',
    ['kilometre', 'kilometres'],
    ['kilomètre', 'kilomètres'],
    ['kilometer', 'kilometer'],
    ['Kilometer', 'Kilometer'],
  ),
  u(
    'MTK',
    ['square metre', 'square metres'],
    ['mètre carré', 'mètres carrés'],
    ['vierkante meter', 'vierkante meter'],
    ['Quadratmeter', 'Quadratmeter'],
  ),
  u('HAR', ['hectare', 'hectares'], ['hectare', 'hectares'], ['hectare', 'hectare'], ['Hektar', 'Hektar']),
  u(
    'MTQ',
    ['cubic metre', 'cubic metres'],
    ['mètre cube', 'mètres cubes'],
    ['kubieke meter', 'kubieke meter'],
    ['Kubikmeter', 'Kubikmeter'],
  ),
  u(
    'MLT',
    ['millilitre', 'millilitres'],
    ['millilitre', 'millilitres'],
    ['milliliter', 'milliliter'],
    ['Milliliter', 'Milliliter'],
  ),
  u('LTR', ['litre', 'litres'], ['litre', 'litres'], ['liter', 'liter'], ['Liter', 'Liter']),
  u(
    'KWH',
    ['kilowatt hour', 'kilowatt hours'],
    ['kilowattheure', 'kilowattheures'],
    ['kilowattuur', 'kilowattuur'],
    ['Kilowattstunde', 'Kilowattstunden'],
  ),
  u(
    'MWH',
    ['megawatt hour', 'megawatt hours'],
    ['mégawattheure', 'mégawattheures'],
    ['megawattuur', 'megawattuur'],
    ['Megawattstunde', 'Megawattstunden'],
  ),
  u(
    'KWT',
    ['kilowatt', 'kilowatts'],
    ['kilowatt', 'kilowatts'],
    ['kilowatt', 'kilowatt'],
    ['Kilowatt', 'Kilowatt'],
  ),
  u('SET', ['set', 'sets'], ['ensemble', 'ensembles'], ['set', 'sets'], ['Satz', 'Sätze']),
  u('PR', ['pair', 'pairs'], ['paire', 'paires'], ['paar', 'paar'], ['Paar', 'Paar']),
  u('BX', ['box', 'boxes'], ['boîte', 'boîtes'], ['doos', 'dozen'], ['Schachtel', 'Schachteln']),
  u('PK', ['pack', 'packs'], ['paquet', 'paquets'], ['pak', 'pakken'], ['Packung', 'Packungen']),
  u(
    'E49',
    ['working day', 'working days'],
    ['jour ouvré', 'jours ouvrés'],
    ['werkdag', 'werkdagen'],
    ['Arbeitstag', 'Arbeitstage'],
  ),
];

const byCode = new Map(UNITS.map((x) => [x.code, x]));

export const isUnitCode = (code: string): boolean => byCode.has(code);
export const findUnit = (code: string): Unit | undefined => byCode.get(code);

/** A unit code from the list above; lower case is accepted and stored upper case. */
export const UnitCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isUnitCode, 'Unknown unit code (UN/ECE Recommendation 20)');

export type UnitLanguage = keyof UnitName;

const pluralRules = new Map<UnitLanguage, Intl.PluralRules>();
const rulesFor = (lang: UnitLanguage) => {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
};

/**
 * A unit's name as it reads after `quantity` in `lang`: "1 heure", "1,5 heure", "6 heures", "1.5
 * hours" (the language's CLDR plural rule, through Intl.PluralRules); the singular without a
 * quantity; the code itself for a unit not in the list. The one rule for the web app and the PDF.
 * The quantity is a decimal string ("6", "1.5"); a plural category is all a float is asked for here.
 */
export function unitLabel(code: string, quantity: string | null | undefined, lang: UnitLanguage): string {
  const unit = findUnit(code);
  if (!unit) return code;
  if (quantity === null || quantity === undefined || quantity.trim() === '') return unit.name[lang];
  const n = Number(quantity);
  if (!Number.isFinite(n)) return unit.name[lang];
  // CLDR's "one" for French is 0 ≤ n < 2; 1 is "one" everywhere; the rest counts as many.
  return rulesFor(lang).select(Math.abs(n)) === 'one' ? unit.name[lang] : unit.plural[lang];
}
