import { Divider, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { formatRate } from '../catalog/catalog-format';
import classes from './documents.module.css';
import type { Totals, VatLine } from './types';

export interface ExtraRow {
  label: string;
  amount: string;
  strong?: boolean;
}

/** A VAT group as the document carries it, or as the editor computes it live (no mention yet). */
export type VatGroup = Omit<VatLine, 'exemptionCode' | 'exemptionReason'> &
  Partial<Pick<VatLine, 'exemptionCode' | 'exemptionReason'>>;

interface TotalsBlockProps {
  currency: string;
  totals: Totals;
  vat: VatGroup[];
  /** Rows after the total (credited, paid, balance). */
  extra?: ExtraRow[];
  label: string;
}

/**
 * Totals as a small two-column table (row headers, right-aligned tabular figures): subtotal, document
 * discount, net, VAT per rate and category, total; the figures are those the document carries.
 */
export function TotalsBlock({ currency, totals, vat, extra = [], label }: TotalsBlockProps) {
  const { t } = useTranslation();
  const money = (v: string) => formatMoney(v, currency);
  const hasDiscount = totals.allowanceTotal !== '0.00' && totals.allowanceTotal !== '0';
  return (
    <table className={classes.totals} aria-label={label}>
      <tbody>
        {hasDiscount && (
          <>
            <Row label={t('documents.totals.subtotal')} value={money(totals.lineNetTotal)} />
            <Row label={t('documents.totals.discount')} value={money(`-${totals.allowanceTotal}`)} />
          </>
        )}
        <Row label={t('documents.totals.taxExclusive')} value={money(totals.taxExclusive)} />
        {vat.map((v) => (
          <Row
            key={`${v.category}|${v.rate}`}
            dim
            label={
              v.category === 'S' || v.category === 'Z'
                ? t('documents.totals.vatAt', { rate: formatRate(v.rate), base: money(v.taxableAmount) })
                : t('documents.totals.vatCategory', {
                    category: t(`documents.vatCategories.${v.category}`),
                    base: money(v.taxableAmount),
                  })
            }
            value={money(v.vatAmount)}
          />
        ))}
        {vat.length > 1 && <Row label={t('documents.totals.vatTotal')} value={money(totals.vatTotal)} />}
        <tr className={classes.totalRow}>
          <th scope="row">{t('documents.totals.taxInclusive')}</th>
          <td>{money(totals.taxInclusive)}</td>
        </tr>
        {extra.map((row) => (
          <Row key={row.label} label={row.label} value={money(row.amount)} strong={row.strong} />
        ))}
      </tbody>
    </table>
  );
}

function Row({
  label,
  value,
  dim,
  strong,
}: {
  label: ReactNode;
  value: string;
  dim?: boolean;
  strong?: boolean;
}) {
  return (
    <tr className={dim ? classes.dimRow : strong ? classes.strongRow : undefined}>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
}

/** The legal mentions of the VAT-free groups (reverse charge, intra-EU supply, exemption…). */
export function ExemptionMentions({ vat }: { vat: VatGroup[] }) {
  const mentions = vat.filter((v) => v.exemptionReason);
  if (mentions.length === 0) return null;
  return (
    <Stack gap={4}>
      <Divider />
      {mentions.map((v) => (
        <Text key={`${v.category}|${v.rate}`} size="xs" c="dimmed">
          {v.exemptionReason}
        </Text>
      ))}
    </Stack>
  );
}
