import type { ImportRecord, Mapping, Requirements } from './types';

/** Column header → the field it feeds ('' for none): the mapping as the wizard edits it, per column. */
export type ColumnChoices = Record<string, string>;

export function choicesFromMapping(headers: readonly string[], mapping: Mapping): ColumnChoices {
  const choices: ColumnChoices = Object.fromEntries(headers.map((h) => [h, '']));
  for (const [field, header] of Object.entries(mapping)) {
    if (header && header in choices) choices[header] = field;
  }
  return choices;
}

/** Gives `field` to `header`; the column that had it before lets it go (a field has one column). */
export function chooseField(choices: ColumnChoices, header: string, field: string): ColumnChoices {
  const next: ColumnChoices = {};
  for (const [h, f] of Object.entries(choices)) next[h] = field && f === field ? '' : f;
  next[header] = field;
  return next;
}

export function mappingFromChoices(fields: readonly { key: string }[], choices: ColumnChoices): Mapping {
  const mapping: Mapping = Object.fromEntries(fields.map((f) => [f.key, null]));
  for (const [header, field] of Object.entries(choices)) if (field) mapping[field] = header;
  return mapping;
}

/** The required fields without a column, and the one-of groups with none. */
export function missingFields(rules: Requirements, mapping: Mapping) {
  return {
    required: rules.required.filter((f) => !mapping[f]),
    oneOf: rules.oneOf.filter((group) => !group.some((f) => mapping[f])),
  };
}

export const rulesFor = (record: ImportRecord, updateExisting: boolean): Requirements =>
  updateExisting && record.updateRequirements ? record.updateRequirements : record.requirements;

/** The first non-empty values of a column in the preview. */
export function samplesOf(record: ImportRecord, header: string, max = 2): string[] {
  const index = record.headers.indexOf(header);
  return record.preview
    .map((row) => row[index]?.trim() ?? '')
    .filter(Boolean)
    .slice(0, max);
}
