import type { ApiRequestBody, Schemas } from '../../../lib/api/types';

export type ReminderRules = Schemas['ReminderRules'];
export type ReminderPreview = Schemas['ReminderPreview'];
export type RulesBody = ApiRequestBody<'/api/v1/companies/{companyId}/reminder-rules', 'put'>;
export type Damages = ReminderRules['levels'][number]['damages'];

/** The languages the editor writes a level's message in; others (de) are kept as they are. */
export const RULE_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];
export const DAMAGES: readonly Damages[] = ['none', 'be-b2c-scale', 'b2b-40'];

interface TemplateDraft {
  subject: string;
  body: string;
}

export interface LevelForm {
  /** Identity across moves (React key, focus after a move); never sent. */
  key: string;
  days: number | string;
  fee: string;
  interestRate: string;
  damages: Damages;
  attachInvoicePdf: boolean;
  attachStatement: boolean;
  /** Empty subject and body: the company's reminder template is used for that language. */
  templates: Record<RuleLanguage, TemplateDraft>;
  /** Templates of languages the editor does not show, sent back unchanged. */
  otherTemplates: Record<string, TemplateDraft>;
}

export interface RulesForm {
  enabled: boolean;
  levels: LevelForm[];
  repeat: boolean;
  repeatEveryDays: number | string;
  payWithinDays: number | string;
  consumerCaps: boolean;
}

let next = 0;
const newKey = () => `level-${++next}`;

const toLevel = (l: ReminderRules['levels'][number]): LevelForm => {
  const templates = Object.fromEntries(
    RULE_LANGUAGES.map((lang) => [
      lang,
      { subject: l.templates[lang]?.subject ?? '', body: l.templates[lang]?.body ?? '' },
    ]),
  ) as Record<RuleLanguage, TemplateDraft>;
  const otherTemplates = Object.fromEntries(
    Object.entries(l.templates).filter(([lang]) => !(RULE_LANGUAGES as readonly string[]).includes(lang)),
  );
  return {
    key: newKey(),
    days: l.days,
    fee: l.fee,
    interestRate: l.interestRate,
    damages: l.damages,
    attachInvoicePdf: l.attachInvoicePdf,
    attachStatement: l.attachStatement,
    templates,
    otherTemplates,
  };
};

export const toRulesForm = (
  r: Omit<ReminderRules, 'scope' | 'contactId' | 'saved' | 'updatedAt'>,
): RulesForm => ({
  enabled: r.enabled,
  levels: r.levels.map(toLevel),
  repeat: r.repeatEveryDays !== null,
  repeatEveryDays: r.repeatEveryDays ?? 30,
  payWithinDays: r.payWithinDays,
  consumerCaps: r.consumerCaps,
});

/** A new level after the last: a week later, nothing charged, the company's message. */
export function newLevel(after: LevelForm | undefined): LevelForm {
  const days = after && typeof after.days === 'number' ? after.days + 7 : 7;
  return toLevel({
    days,
    fee: '0',
    interestRate: '0',
    damages: 'none',
    attachInvoicePdf: false,
    attachStatement: false,
    templates: {},
  });
}

/** Numbers left empty are sent as they are (NaN fails the server's check, which names the field). */
const int = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));

/** The form as the API takes it: a language with neither subject nor body uses the company's template. */
export function toRulesBody(f: RulesForm): RulesBody {
  return {
    enabled: f.enabled,
    consumerCaps: f.consumerCaps,
    payWithinDays: int(f.payWithinDays),
    repeatEveryDays: f.repeat ? int(f.repeatEveryDays) : null,
    levels: f.levels.map((l) => ({
      days: int(l.days),
      fee: l.fee.trim().replace(',', '.'),
      interestRate: l.interestRate.trim().replace(',', '.'),
      damages: l.damages,
      attachInvoicePdf: l.attachInvoicePdf,
      attachStatement: l.attachStatement,
      templates: {
        ...l.otherTemplates,
        ...Object.fromEntries(
          RULE_LANGUAGES.filter(
            (lang) => l.templates[lang].subject !== '' || l.templates[lang].body !== '',
          ).map((lang) => [lang, l.templates[lang]]),
        ),
      },
    })),
  };
}

/** Moves item `from` to `to` (both in range), the others keeping their order. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
