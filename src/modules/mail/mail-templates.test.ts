import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  MAIL_KINDS,
  renderTemplate,
  sampleVariables,
} from './mail-templates.js';

describe('mail templates', () => {
  it('ships default templates that pass their own check in every language', async () => {
    for (const lang of ['fr', 'nl', 'en', 'de'] as const)
      for (const kind of MAIL_KINDS)
        expect(await checkTemplate(kind, DEFAULT_TEMPLATES[lang][kind])).toEqual([]);
  });

  it('refuses an unknown variable and a syntax error, naming the line', async () => {
    const problems = await checkTemplate('invoice', {
      subject: 'Invoice {{ invoice.number }}',
      body: 'Hello\n\nYou owe {{ amountDeu }}',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('body');
    expect(problems[0]?.message).toMatch(/amountDeu/);
    expect(problems[0]?.message).toMatch(/line:3/);
    const syntax = await checkTemplate('invoice', { subject: '{% if %}', body: 'ok' });
    expect(syntax[0]?.field).toBe('subject');
  });

  it("checks a reminder's template at every level, and words the formal notice as one", async () => {
    const problems = await checkTemplate('reminder', {
      subject: 'Rappel {{ invoice.number }}',
      body: 'Bonjour,\n{% if reminder.level == 3 %}\nMise en demeure : {{ montantDu }}{% endif %}',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/montantDu.*line:3/);
    const notice = await renderTemplate(DEFAULT_TEMPLATES.fr.reminder, sampleVariables('reminder', 3));
    expect(notice.subject).toBe('Mise en demeure – facture F-2026-00042 – Atelier Lumière');
    expect(notice.body).toContain('nous vous mettons en demeure de payer la somme de 605,00 €');
    const first = await renderTemplate(DEFAULT_TEMPLATES.nl.reminder, sampleVariables('reminder', 1));
    expect(first.subject).toBe('Herinnering – factuur F-2026-00042 – Atelier Lumière');
    expect(first.body).not.toMatch(/ingebrekestelling|in gebreke/i);
    expect(first.body).toContain('+++260/0000/04245+++');
  });

  it('cannot reach outside the values it is given', async () => {
    const problems = await checkTemplate('invoice', {
      subject: '{{ company.constructor }}',
      body: "{% include '/etc/passwd' %}",
    });
    expect(problems.map((p) => p.field)).toEqual(['subject', 'body']);
  });

  it('renders the values', async () => {
    const r = await renderTemplate(DEFAULT_TEMPLATES.fr.invoice, sampleVariables('invoice'));
    expect(r.subject).toBe('Facture F-2026-00042 – Atelier Lumière');
    expect(r.body).toContain('+++260/0000/04245+++');
  });
});
