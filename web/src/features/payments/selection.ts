/**
 * Whether one payment can settle the invoices picked in a list: the server takes one customer and
 * one currency per payment. Null when it can; otherwise why not, for the selection bar to say.
 */
export function paymentSelectionProblem(
  invoices: readonly { contactId: string | null; currency: string }[],
): { reason: 'customers'; count: number } | { reason: 'currencies'; currencies: string[] } | null {
  const customers = new Set(invoices.map((i) => i.contactId ?? ''));
  if (customers.size > 1) return { reason: 'customers', count: customers.size };
  const currencies = [...new Set(invoices.map((i) => i.currency))].sort();
  if (currencies.length > 1) return { reason: 'currencies', currencies };
  return null;
}
