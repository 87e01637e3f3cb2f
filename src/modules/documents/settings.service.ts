import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError, type FieldError } from '../../shared/errors.js';
import { updateCompany } from '../companies/index.js';
import { DOCUMENT_KINDS, type DocumentKind } from './document-status.js';
import * as repo from './documents.repository.js';
import type { MailAttachmentFormat, PatchDocumentSettingsInput } from './documents.schema.js';
import { type Actor, companyOf, companyToday, vatRegimeOf } from './documents.service.js';
import { numberFormatsOf } from './lifecycle.service.js';
import {
  formatDocumentNumber,
  literalPrefix,
  parseNumberFormat,
  repeatedNumbers,
  sequencePeriod,
} from './numbering-format.js';

export async function getDocumentSettings(ctx: AppContext, companyId: string) {
  const company = await companyOf(ctx, companyId);
  const formats = numberFormatsOf(company.number_formats);
  const today = companyToday(ctx, company);
  const nextNumbers = {} as Record<DocumentKind, string>;
  for (const kind of DOCUMENT_KINDS) {
    const period = sequencePeriod(formats[kind], today);
    const last = await repo.peekSequence(ctx.db, { companyId, kind, period });
    nextNumbers[kind] = formatDocumentNumber(formats[kind], {
      issueDate: today,
      sequence: (last?.last_value ?? 0) + 1,
    });
  }
  return {
    numberFormats: formats,
    nextNumbers,
    paymentTermsDays: company.payment_terms_days,
    quoteValidityDays: company.quote_validity_days,
    vatRegime: vatRegimeOf(company.vat_regime),
    paymentReferenceKind: company.payment_reference_kind === 'rf' ? ('rf' as const) : ('be-ogm' as const),
    pdfTemplate: company.pdf_template === 'modern' ? ('modern' as const) : ('classic' as const),
    accentColor: company.accent_color,
    mailAttachment: mailAttachmentFormat(company),
  };
}

/** The company's choice, else its country's default: Factur-X in France, where buyers' software reads it. */
export const mailAttachmentFormat = (company: {
  mail_attachment_format: string | null;
  country: string;
}): MailAttachmentFormat =>
  company.mail_attachment_format === 'facturx' || company.mail_attachment_format === 'pdf'
    ? company.mail_attachment_format
    : company.country === 'FR'
      ? 'facturx'
      : 'pdf';

/**
 * A new number format must never print a number already issued in its series: the unique index
 * would refuse every document of the series from then on. Refused when saved, naming the number.
 */
async function refuseRepeatingFormats(
  db: DbOrTx,
  companyId: string,
  formats: Partial<Record<DocumentKind, string>>,
): Promise<void> {
  for (const [kind, format] of Object.entries(formats) as [DocumentKind, string][]) {
    const { counters, numbers } = await repo.seriesNumbers(db, {
      companyId,
      kind,
      prefix: literalPrefix(format),
    });
    const [number] = repeatedNumbers(format, numbers, (period) => counters.get(period) ?? 0);
    if (number === undefined) continue;
    const message = 'This format would number a document {number} again, a number already issued';
    throw new AppError('rule_violation', message, {
      errors: [{ path: `numberFormats/${kind}`, message }],
      params: { number },
      meta: { repeatedNumber: number },
    });
  }
}

export async function patchDocumentSettings(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: PatchDocumentSettingsInput,
) {
  const company = await companyOf(ctx, companyId);
  const errors: FieldError[] = [];
  for (const [kind, format] of Object.entries(input.numberFormats ?? {})) {
    const parsed = parseNumberFormat(format);
    if (!parsed.ok) errors.push({ path: `numberFormats/${kind}`, message: parsed.message });
  }
  if (errors.length > 0)
    throw new AppError('validation_failed', errors[0]?.message ?? 'Invalid format', { errors });
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    // Under the issuing lock: no document is numbered between the check and the change.
    if (input.numberFormats) {
      await repo.lockChain(trx, { companyId, now });
      await refuseRepeatingFormats(trx, companyId, input.numberFormats);
    }
    await updateCompany(trx, {
      companyId,
      values: {
        ...(input.numberFormats
          ? {
              number_formats: JSON.stringify({
                ...numberFormatsOf(company.number_formats),
                ...input.numberFormats,
              }),
            }
          : {}),
        ...(input.paymentTermsDays !== undefined ? { payment_terms_days: input.paymentTermsDays } : {}),
        ...(input.quoteValidityDays !== undefined ? { quote_validity_days: input.quoteValidityDays } : {}),
        ...(input.vatRegime !== undefined ? { vat_regime: input.vatRegime } : {}),
        ...(input.paymentReferenceKind !== undefined
          ? { payment_reference_kind: input.paymentReferenceKind }
          : {}),
        ...(input.pdfTemplate !== undefined ? { pdf_template: input.pdfTemplate } : {}),
        ...(input.mailAttachment !== undefined ? { mail_attachment_format: input.mailAttachment } : {}),
        ...(input.accentColor !== undefined
          ? { accent_color: input.accentColor?.toLowerCase() ?? null }
          : {}),
        updated_at: now,
      },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'company.document_settings_updated',
      entityType: 'company',
      entityId: companyId,
      data: { fields: Object.keys(input) },
      at: now,
    });
  });
  return getDocumentSettings(ctx, companyId);
}
