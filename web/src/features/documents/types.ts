import type { ApiQuery, ApiRequestBody, Schemas } from '../../lib/api/types';

export type DocumentSummary = Schemas['DocumentSummary'];
export type SalesDocument = Schemas['Document'];
export type DocumentSettings = Schemas['DocumentSettings'];
export type Totals = Schemas['Totals'];
export type Party = Schemas['Party'];
export type PartyAddress = Party['address'];
export type DocumentLine = Schemas['DocumentLine'];
export type VatLine = Schemas['VatLine'];
export type RelatedDocument = Schemas['RelatedDocument'];
export type DocumentEvent = Schemas['DocumentEvent'];
/** Quotes: who accepted and when, as recorded at acceptance (`at` shown in `timeZone`). */
export type Acceptance = NonNullable<SalesDocument['acceptance']>;

export type DocumentKind = DocumentSummary['kind'];
export type DocumentLanguage = SalesDocument['language'];
export type BillingType = DocumentSummary['billingType'];
export type VatRegime = SalesDocument['vatRegime'];
export type PaymentReferenceKind = DocumentSettings['paymentReferenceKind'];

export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['fr', 'nl', 'en', 'de'];

/** A draft's content as the create and edit routes take it (every kind takes the same body). */
export type DocumentInput = ApiRequestBody<'/api/v1/companies/{companyId}/quotes', 'post'>;
export type LineInput = NonNullable<DocumentInput['lines']>[number];
/** A list's filters, sort and page as the list routes take them (every kind takes the same). */
export type DocumentListQuery = ApiQuery<'/api/v1/companies/{companyId}/quotes'>;
