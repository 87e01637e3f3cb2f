/**
 * The dashboard's "getting started" checklist, computed from what the company really has: its
 * details complete enough to invoice (name, address, VAT or enterprise number, IBAN), a way for its
 * mail to leave, a first customer and a first quote or invoice. A logo is optional: it never keeps
 * the checklist open.
 */
export const SETUP_STEPS = ['company', 'logo', 'mail', 'customer', 'document'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

export const COMPANY_DETAILS = ['name', 'address', 'vatNumber', 'iban'] as const;
export type CompanyDetail = (typeof COMPANY_DETAILS)[number];

export interface SetupState {
  company: {
    name: string;
    addressLine1: string | null;
    postalCode: string | null;
    city: string | null;
    vatNumber: string | null;
    enterpriseNumber: string | null;
    iban: string | null;
    hasLogo: boolean;
    /** Demo companies keep their mail in the local outbox whatever is configured: no mail step. */
    demo: boolean;
  };
  /** Where the company's mail goes: its own SMTP server, the installation's (SMTP_URL), or nowhere. */
  mailSource: 'company' | 'installation' | 'local';
  hasCustomer: boolean;
  hasQuoteOrInvoice: boolean;
}

export interface SetupStep {
  key: SetupStepKey;
  done: boolean;
  optional: boolean;
  /** For the company step: the details still missing. */
  missing: CompanyDetail[];
}

const filled = (v: string | null) => v !== null && v.trim() !== '';

export function missingCompanyDetails(c: SetupState['company']): CompanyDetail[] {
  const missing: CompanyDetail[] = [];
  if (!filled(c.name)) missing.push('name');
  if (!filled(c.addressLine1) || !filled(c.postalCode) || !filled(c.city)) missing.push('address');
  // A business under the VAT exemption for small companies has an enterprise number and no VAT number.
  if (!filled(c.vatNumber) && !filled(c.enterpriseNumber)) missing.push('vatNumber');
  if (!filled(c.iban)) missing.push('iban');
  return missing;
}

export function setupSteps(s: SetupState): { complete: boolean; steps: SetupStep[] } {
  const missing = missingCompanyDetails(s.company);
  const steps: SetupStep[] = [
    { key: 'company', done: missing.length === 0, optional: false, missing },
    { key: 'logo', done: s.company.hasLogo, optional: true, missing: [] },
  ];
  if (!s.company.demo)
    steps.push({ key: 'mail', done: s.mailSource !== 'local', optional: false, missing: [] });
  steps.push(
    { key: 'customer', done: s.hasCustomer, optional: false, missing: [] },
    { key: 'document', done: s.hasQuoteOrInvoice, optional: false, missing: [] },
  );
  return { complete: steps.every((step) => step.done || step.optional), steps };
}
