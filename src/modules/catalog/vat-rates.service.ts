import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { canonicalDecimal } from '../../shared/decimal.js';
import { AppError, notFound } from '../../shared/errors.js';
import {
  countryVatTable,
  findVatEntry,
  offeredVatRates,
  parseVatSelection,
  type VatRateEntry,
} from '../../shared/vat-rates.js';
import { type Actor, findCommercialSettings, updateVatRates } from '../companies/index.js';
import type { PutVatRatesInput } from './catalog.schema.js';

export interface CatalogSettings {
  country: string;
  currency: string;
  offered: VatRateEntry[];
  customized: boolean;
}

export async function catalogSettings(db: DbOrTx, companyId: string): Promise<CatalogSettings> {
  const row = await findCommercialSettings(db, { companyId });
  if (!row) throw notFound('Company');
  const selection = parseVatSelection(row.vat_rates);
  return {
    country: row.country,
    currency: row.currency,
    offered: offeredVatRates(row.country, selection),
    customized: selection !== null,
  };
}

export async function getVatRates(ctx: AppContext, companyId: string) {
  const s = await catalogSettings(ctx.db, companyId);
  return {
    country: s.country,
    customized: s.customized,
    items: s.offered,
    available: countryVatTable(s.country),
  };
}

/** A company offers a subset of its country's table; anything else is refused, naming the entry. */
export async function setVatRates(ctx: AppContext, actor: Actor, companyId: string, input: PutVatRatesInput) {
  const s = await catalogSettings(ctx.db, companyId);
  const table = countryVatTable(s.country);
  let selection: { rate: string; category: string }[] | null = null;
  if (input.rates) {
    const errors = input.rates.flatMap((r, i) =>
      findVatEntry(table, r)
        ? []
        : [
            {
              path: `rates/${i}/rate`,
              message: 'This VAT rate is not in the table of the company’s country',
            },
          ],
    );
    if (errors.length > 0) {
      throw new AppError('rule_violation', 'This VAT rate is not in the table of the company’s country', {
        errors,
      });
    }
    selection = table
      .filter((e) => input.rates?.some((r) => findVatEntry([e], r)))
      .map((e) => ({ rate: canonicalDecimal(e.rate), category: e.category }));
  }
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await updateVatRates(trx, {
      companyId,
      vatRates: selection ? JSON.stringify(selection) : null,
      now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'company.vat_rates_changed',
      entityType: 'company',
      entityId: companyId,
      data: { rates: selection },
      at: now,
    });
  });
  return getVatRates(ctx, companyId);
}
