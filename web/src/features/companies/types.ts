import type { Schemas } from '../../lib/api/types';

export type Company = Schemas['Company'];
export type CompanyListItem = Schemas['CompanyWithRole'];
export type Address = Company['address'];
export type PaymentReferenceKind = Company['paymentReferenceKind'];
