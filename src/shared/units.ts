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
  name: UnitName;
}

const u = (code: string, en: string, fr: string, nl: string, de: string): Unit => ({
  code,
  name: { fr, nl, en, de },
});

/** The Rec 20 codes invoices commonly use; the full list has thousands nobody bills in. */
export const UNITS: readonly Unit[] = [
  u('C62', 'unit', 'unité', 'eenheid', 'Einheit'),
  u('H87', 'piece', 'pièce', 'stuk', 'Stück'),
  u('E48', 'service unit', 'unité de service', 'service-eenheid', 'Serviceeinheit'),
  u('LS', 'lump sum', 'forfait', 'forfait', 'Pauschale'),
  u('SEC', 'second', 'seconde', 'seconde', 'Sekunde'),
  u('MIN', 'minute', 'minute', 'minuut', 'Minute'),
  u('HUR', 'hour', 'heure', 'uur', 'Stunde'),
  u('DAY', 'day', 'jour', 'dag', 'Tag'),
  u('WEE', 'week', 'semaine', 'week', 'Woche'),
  u('MON', 'month', 'mois', 'maand', 'Monat'),
  u('QAN', 'quarter', 'trimestre', 'kwartaal', 'Quartal'),
  u('ANN', 'year', 'année', 'jaar', 'Jahr'),
  u('GRM', 'gram', 'gramme', 'gram', 'Gramm'),
  u('KGM', 'kilogram', 'kilogramme', 'kilogram', 'Kilogramm'),
  u('TNE', 'tonne', 'tonne', 'ton', 'Tonne'),
  u('MMT', 'millimetre', 'millimètre', 'millimeter', 'Millimeter'),
  u('CMT', 'centimetre', 'centimètre', 'centimeter', 'Zentimeter'),
  u('MTR', 'metre', 'mètre', 'meter', 'Meter'),
  u('KMT', 'kilometre', 'kilomètre', 'kilometer', 'Kilometer'),
  u('MTK', 'square metre', 'mètre carré', 'vierkante meter', 'Quadratmeter'),
  u('HAR', 'hectare', 'hectare', 'hectare', 'Hektar'),
  u('MTQ', 'cubic metre', 'mètre cube', 'kubieke meter', 'Kubikmeter'),
  u('MLT', 'millilitre', 'millilitre', 'milliliter', 'Milliliter'),
  u('LTR', 'litre', 'litre', 'liter', 'Liter'),
  u('KWH', 'kilowatt hour', 'kilowattheure', 'kilowattuur', 'Kilowattstunde'),
  u('MWH', 'megawatt hour', 'mégawattheure', 'megawattuur', 'Megawattstunde'),
  u('KWT', 'kilowatt', 'kilowatt', 'kilowatt', 'Kilowatt'),
  u('SET', 'set', 'ensemble', 'set', 'Satz'),
  u('PR', 'pair', 'paire', 'paar', 'Paar'),
  u('BX', 'box', 'boîte', 'doos', 'Schachtel'),
  u('PK', 'pack', 'paquet', 'pak', 'Packung'),
  u('E49', 'working day', 'jour ouvré', 'werkdag', 'Arbeitstag'),
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
