import type { AppContext } from '../../platform/context.js';
import { mailRouteFor } from '../../platform/mail/transports.js';
import { notFound } from '../../shared/errors.js';
import { findCompany } from '../companies/index.js';
import { hasCustomer } from '../contacts/index.js';
import { hasQuoteOrInvoice } from '../documents/index.js';
import type { SetupOut } from './setup.schema.js';
import { setupSteps } from './setup-steps.js';

/** Where the company stands in the dashboard's "getting started" checklist. */
export async function getSetup(ctx: AppContext, companyId: string): Promise<SetupOut> {
  const [company, mail, customer, document] = await Promise.all([
    findCompany(ctx.db, { companyId }),
    mailRouteFor(ctx, companyId),
    hasCustomer(ctx.db, { companyId }),
    hasQuoteOrInvoice(ctx.db, { companyId }),
  ]);
  if (!company) throw notFound('Company');
  return setupSteps({
    company: {
      name: company.name,
      addressLine1: company.address_line1,
      postalCode: company.postal_code,
      city: company.city,
      vatNumber: company.vat_number,
      enterpriseNumber: company.enterprise_number,
      iban: company.iban,
      hasLogo: company.has_logo === 1,
      demo: company.demo === 1,
    },
    mailSource: mail.source,
    hasCustomer: customer,
    hasQuoteOrInvoice: document,
  });
}
