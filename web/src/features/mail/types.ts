import type { ApiResponse, Schemas } from '../../lib/api/types';

export type MailTemplate = Schemas['MailTemplate'];
export type MailSettings = Schemas['MailSettings'];
export type MailPreview = Schemas['MailPreview'];
export type MailTestResult = ApiResponse<'/api/v1/companies/{companyId}/mail-settings/test', 'post'>;

export type MailLanguage = MailTemplate['language'];
/** What a template is for: a kind of document, or a payment reminder. */
export type MailKind = MailTemplate['kind'];
export type MailSource = MailSettings['source'];
export const MAIL_LANGUAGES: readonly MailLanguage[] = ['fr', 'nl', 'en', 'de'];
