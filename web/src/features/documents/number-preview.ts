import {
  formatDocumentNumber,
  parseNumberFormat,
  sequencePeriod,
  type Token,
} from '../../../../src/modules/documents/numbering-format';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function sequenceOf(tokens: Token[], number: string): number | null {
  const pattern = tokens
    .map((t) =>
      t.kind === 'literal'
        ? escapeRegExp(t.text)
        : t.kind === 'seq'
          ? '(\\d+)'
          : t.kind === 'year4'
            ? '\\d{4}'
            : '\\d{2}',
    )
    .join('');
  const m = new RegExp(`^${pattern}$`).exec(number);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * The next number a format being typed would give, with the server's own formatting rules: the
 * counter read from the saved format's next number carries over when both formats restart in the
 * same period (the server's preview becomes exact once saved).
 */
export function previewNumber(p: {
  format: string;
  savedFormat: string;
  savedNext: string;
  today?: string;
}): { ok: true; number: string } | { ok: false } {
  if (p.format === p.savedFormat) return { ok: true, number: p.savedNext };
  const parsed = parseNumberFormat(p.format);
  if (!parsed.ok) return { ok: false };
  const today = p.today ?? new Date().toISOString().slice(0, 10);
  const saved = parseNumberFormat(p.savedFormat);
  let sequence = 1;
  if (saved.ok && sequencePeriod(p.savedFormat, today) === sequencePeriod(p.format, today)) {
    sequence = sequenceOf(saved.tokens, p.savedNext) ?? 1;
  }
  return { ok: true, number: formatDocumentNumber(p.format, { issueDate: today, sequence }) };
}
