import { Liquid } from 'liquidjs';
import { localeFormatters } from '../../shared/locale-format.js';
import { sumMoney } from '../../shared/money.js';
import { unitLabel } from '../../shared/units.js';
import type { DocumentOut } from '../documents/index.js';
import { fill, PUBLIC_TEXTS } from './public-texts.js';

/**
 * The customer's page of a document, rendered on the server: complete without JavaScript (numbers,
 * amounts and payment data are in the HTML), forms posted as plain HTML forms. Every value is
 * HTML-escaped by the template engine (`outputEscape`); only the QR code's SVG, which we generate,
 * goes in raw.
 */
const engine = new Liquid({
  outputEscape: 'escape',
  strictVariables: true,
  strictFilters: true,
  templates: {},
});

const TEMPLATE = engine.parse(`<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{ title }} {{ number }} · {{ seller.name }}</title>
<style>
  :root { --accent: {{ accent }}; --action: #1864ab; --ink: #1f2430; --muted: #5c6270; --line: #e3e6eb; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f4f5f7; }
  main { max-width: 860px; margin: 32px auto; background: #fff; border-radius: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 40px; }
  header { display: flex; justify-content: space-between; gap: 24px; flex-wrap: wrap; border-bottom: 3px solid var(--accent); padding-bottom: 20px; }
  h1 { margin: 0; font-size: 28px; } h1 small { display: block; font-size: 15px; color: var(--muted); font-weight: 500; }
  .logo { max-height: 64px; max-width: 220px; }
  .parties { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; margin: 24px 0; }
  .parties h2, .box h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 6px; }
  .meta { display: flex; gap: 32px; flex-wrap: wrap; margin-bottom: 24px; }
  .meta div span { display: block; font-size: 12px; color: var(--muted); }
  table { width: 100%; border-collapse: collapse; }
  th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 8px 6px; }
  td { border-bottom: 1px solid var(--line); padding: 10px 6px; vertical-align: top; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .desc { white-space: pre-line; }
  .totals { margin-left: auto; width: min(360px, 100%); margin-top: 16px; }
  .totals td { border: 0; padding: 4px 6px; }
  .totals tr.grand td { font-size: 18px; font-weight: 700; border-top: 2px solid var(--ink); padding-top: 8px; }
  .box { border: 1px solid var(--line); border-radius: 10px; padding: 20px; margin-top: 28px; }
  .pay { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
  .pay dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 4px 16px; }
  .pay dt { color: var(--muted); } .pay dd { margin: 0; font-weight: 600; }
  .qr svg { width: 160px; height: 160px; }
  .mention { color: var(--muted); font-size: 13px; }
  form { display: grid; gap: 10px; max-width: 420px; }
  label { font-weight: 600; font-size: 14px; display: grid; gap: 4px; }
  input, textarea { font: inherit; padding: 8px 10px; border: 1px solid #c9ced6; border-radius: 8px; }
  button, a.button { font: inherit; font-weight: 600; padding: 10px 16px; border-radius: 8px; border: 0; cursor: pointer; }
  .primary { background: var(--action); color: #fff; } .secondary { background: #eef0f3; color: var(--ink); }
  .table-wrap { overflow-x: auto; } .on-phone { display: none; }
  .answers form.decline { align-self: start; }
  h2.answer { font-size: 18px; margin: 0 0 12px; text-transform: none; letter-spacing: 0; color: var(--ink); }
  .badge { display: inline-block; margin-top: 8px; padding: 2px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; background: #e7f5ff; color: #1864ab; }
  .badge.ok { background: #ebfbee; color: #1f6b31; } .badge.no { background: #fff4e6; color: #8a3b00; }
  .answers { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
  .status { padding: 14px 16px; border-radius: 8px; background: #e7f5ff; font-weight: 600; }
  .status.ok { background: #ebfbee; } .status.no { background: #fff4e6; }
  a.button { display: inline-block; text-decoration: none; }
  @media (max-width: 640px) {
    main { margin: 0; border-radius: 0; padding: 20px; } .parties, .answers { grid-template-columns: 1fr; }
    /* Phones: each line becomes a small card (description, then quantity × price = amount). */
    table.lines thead { display: none; }
    table.lines tr { display: grid; grid-template-columns: 1fr auto; gap: 2px 12px; border-bottom: 1px solid var(--line); padding: 10px 0; }
    table.lines td { border: 0; padding: 0; }
    table.lines td.desc { grid-column: 1 / -1; font-weight: 600; }
    table.lines td.qty, table.lines td.vat { display: none; }
    table.lines td.price { text-align: left; color: var(--muted); } .on-phone { display: inline; }
  }
</style>
</head>
<body>
<main>
<header>
  <div>
    <h1>{{ title }} {{ number }}<small>{{ seller.name }}</small></h1>
    {% if status %}<span class="badge {{ status.tone }}">{{ status.label }}</span>{% endif %}
    <p><a class="button secondary" href="{{ base }}/pdf" download>{{ t.downloadPdf }}</a></p>
  </div>
  {% if logoUrl %}<img class="logo" src="{{ logoUrl }}" alt="{{ seller.name }}">{% endif %}
</header>

<section class="parties">
  <div><h2>{{ t.from }}</h2>
    <strong>{{ seller.legalName | default: seller.name }}</strong><br>
    {% for l in seller.lines %}{{ l }}<br>{% endfor %}
    {% if seller.vatNumber %}{{ t.vatNumber }} {{ seller.vatNumber }}{% endif %}
  </div>
  <div><h2>{{ t.to }}</h2>
    <strong>{{ buyer.legalName | default: buyer.name }}</strong><br>
    {% for l in buyer.lines %}{{ l }}<br>{% endfor %}
    {% if buyer.vatNumber %}{{ t.vatNumber }} {{ buyer.vatNumber }}{% endif %}
  </div>
</section>

<section class="meta">
  <div><span>{{ t.issueDate }}</span>{{ issueDate }}</div>
  {% if supplyDate %}<div><span>{{ t.supplyDate }}</span>{{ supplyDate }}</div>{% endif %}
  {% if dueDate %}<div><span>{{ t.dueDate }}</span>{{ dueDate }}</div>{% endif %}
  {% if validUntil %}<div><span>{{ t.validUntil }}</span>{{ validUntil }}</div>{% endif %}
</section>

<div class="table-wrap">
<table class="lines">
  <thead><tr><th>{{ t.description }}</th><th class="num">{{ t.quantity }}</th><th class="num">{{ t.unitPrice }}</th><th class="num">{{ t.vat }}</th><th class="num">{{ t.amount }}</th></tr></thead>
  <tbody>
  {% for l in lines %}<tr><td class="desc">{{ l.description }}{% if l.discount %} <span class="mention">({{ t.discount }} {{ l.discount }})</span>{% endif %}</td><td class="num qty">{{ l.quantity }} <span class="mention">{{ l.unit }}</span></td><td class="num price"><span class="on-phone">{{ l.quantity }} {{ l.unit }} × </span>{{ l.unitPrice }}</td><td class="num vat">{{ l.vatRate }}</td><td class="num">{{ l.net }}</td></tr>
  {% endfor %}
  </tbody>
</table>
</div>

<table class="totals">
  {% if allowance %}<tr><td>{{ t.discount }}</td><td class="num">−{{ allowance }}</td></tr>{% endif %}
  <tr><td>{{ t.totalExcl }}</td><td class="num">{{ taxExclusive }}</td></tr>
  {% for v in vat %}<tr><td>{{ t.totalVat }} {{ v.rate }} ({{ t.taxable }} {{ v.taxable }})</td><td class="num">{{ v.vat }}</td></tr>{% endfor %}
  <tr class="grand"><td>{{ t.totalIncl }}</td><td class="num">{{ taxInclusive }}</td></tr>
  {% if paid %}<tr><td>{{ t.paid }}</td><td class="num">−{{ paid }}</td></tr>{% endif %}
  {% if amountDue %}<tr class="grand"><td>{{ t.amountDue }}</td><td class="num">{{ amountDue }}</td></tr>{% endif %}
</table>

{% for m in mentions %}<p class="mention">{{ m }}</p>{% endfor %}
{% if notes %}<div class="box"><h2>{{ t.notes }}</h2><div class="desc">{{ notes }}</div></div>{% endif %}
{% if conditions %}<div class="box"><h2>{{ t.conditions }}</h2><div class="desc">{{ conditions }}</div></div>{% endif %}

{% if payment %}
<section class="box pay" aria-label="{{ t.payment }}">
  <div><h2>{{ t.payment }}</h2>
  <dl>
    <dt>{{ t.amountDue }}</dt><dd>{{ payment.amount }}</dd>
    {% if payment.dueDate %}<dt>{{ t.dueDate }}</dt><dd>{{ payment.dueDate }}</dd>{% endif %}
    <dt>IBAN</dt><dd>{{ payment.iban }}</dd>
    {% if payment.bic %}<dt>BIC</dt><dd>{{ payment.bic }}</dd>{% endif %}
    {% if payment.reference %}<dt>{{ t.reference }}</dt><dd>{{ payment.reference }}</dd>{% endif %}
  </dl></div>
  {% if payment.qrSvg %}<figure class="qr">{{ payment.qrSvg | raw }}<figcaption class="mention">{{ t.scan }}</figcaption></figure>{% endif %}
</section>
{% endif %}

{% if quote %}
<section class="box" id="answer">
  {% if quote.open %}<h2 class="answer">{{ t.yourAnswer }}</h2>{% endif %}
  {% if quote.message %}<p class="status {{ quote.tone }}" role="status">{{ quote.message }}</p>{% endif %}
  {% if quote.open %}
  <div class="answers">
    <form method="post" action="{{ base }}/accept">
      <label>{{ t.yourName }}<input name="name" required maxlength="200" autocomplete="name"></label>
      <label>{{ t.yourEmail }}<input name="email" type="email" maxlength="254" autocomplete="email"></label>
      <label>{{ t.comment }}<textarea name="comment" rows="3" maxlength="2000"></textarea></label>
      <button class="primary" type="submit">{{ t.accept }}</button>
    </form>
    <form class="decline" method="post" action="{{ base }}/decline">
      <label>{{ t.reason }}<textarea name="reason" rows="3" maxlength="2000"></textarea></label>
      <button class="secondary" type="submit">{{ t.decline }}</button>
    </form>
  </div>
  {% endif %}
</section>
{% endif %}
</main>
</body>
</html>`);

export interface PublicPageModel {
  document: DocumentOut;
  logoUrl: string | null;
  base: string;
  payment: {
    amount: string;
    dueDate: string | null;
    iban: string;
    bic: string | null;
    reference: string | null;
    qrSvg: string | null;
  } | null;
  quote: { open: boolean; message: string | null; tone: 'ok' | 'no' | '' } | null;
  /** Where the document stands, shown under its title (e.g. accepted, expired). */
  status: { label: string; tone: 'ok' | 'no' | '' } | null;
  /** The company's accent colour ('#rrggbb'), for the page's frame; buttons keep a readable blue. */
  accent: string | null;
  /** The standard legal mentions the PDF ends with (late payment, a credit note's VAT repayment…). */
  legalMentions: readonly string[];
}

export const formatters = localeFormatters;

function partyLines(p: DocumentOut['seller'], language: string): string[] {
  if (!p) return [];
  const a = p.address;
  const country = a.country
    ? (new Intl.DisplayNames([language], { type: 'region' }).of(a.country) ?? a.country)
    : null;
  return [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), country].filter(
    (x): x is string => !!x,
  );
}

export async function renderPublicPage(m: PublicPageModel): Promise<string> {
  const d = m.document;
  const lang = d.language;
  const t = PUBLIC_TEXTS[lang];
  const f = formatters(lang, d.currency);
  const credit = sumMoney([d.credited, d.paid]);
  return engine.render(TEMPLATE, {
    lang,
    t,
    title: t.title[d.kind],
    number: d.number ?? t.draft,
    seller: { ...d.seller, lines: partyLines(d.seller, lang) },
    buyer: { ...d.buyer, lines: partyLines(d.buyer, lang) },
    logoUrl: m.logoUrl,
    base: m.base,
    issueDate: f.date(d.issueDate),
    // As on the PDF: the date of supply when it is not the issue date.
    supplyDate: d.deliveryDate && d.deliveryDate !== d.issueDate ? f.date(d.deliveryDate) : null,
    dueDate: d.kind === 'invoice' ? f.date(d.dueDate) : null,
    validUntil: d.kind === 'quote' ? f.date(d.validUntil) : null,
    lines: d.lines.map((l) => ({
      description: l.description,
      quantity: f.number(l.quantity),
      unit: unitLabel(l.unitCode, l.quantity, lang),
      unitPrice: f.unitPrice(l.unitPrice),
      vatRate: `${f.number(l.vatRate)} %`,
      net: f.money(l.net),
      discount: l.discountPercent !== '0' ? `${f.number(l.discountPercent)} %` : null,
    })),
    allowance: d.totals.allowanceTotal !== '0.00' ? f.money(d.totals.allowanceTotal) : null,
    taxExclusive: f.money(d.totals.taxExclusive),
    vat: d.vat.map((v) => ({
      rate: `${f.number(v.rate)} %`,
      taxable: f.money(v.taxableAmount),
      vat: f.money(v.vatAmount),
    })),
    taxInclusive: f.money(d.totals.taxInclusive),
    paid: d.kind === 'invoice' && credit !== '0.00' ? f.money(credit) : null,
    amountDue: d.kind === 'invoice' && d.balance !== null ? f.money(d.balance) : null,
    mentions: [
      ...new Set([
        ...d.vat.map((v) => v.exemptionReason).filter((x): x is string => !!x),
        ...m.legalMentions,
      ]),
    ],
    notes: d.notes,
    conditions: d.conditions,
    payment: m.payment
      ? { ...m.payment, amount: f.money(m.payment.amount), dueDate: f.date(m.payment.dueDate) }
      : null,
    quote: m.quote,
    status: m.status,
    accent: m.accent && /^#[0-9a-fA-F]{6}$/.test(m.accent) ? m.accent : '#1864ab',
  });
}

export { fill };
