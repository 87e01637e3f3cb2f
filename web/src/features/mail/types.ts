import type { DocumentKind } from '../documents/types';

export type MailLanguage = 'fr' | 'nl' | 'en' | 'de';
/** What a template is for: a kind of document, or a payment reminder. */
export type MailKind = DocumentKind | 'reminder';
export const MAIL_LANGUAGES: readonly MailLanguage[] = ['fr', 'nl', 'en', 'de'];

export interface MailTemplate {
  kind: MailKind;
  language: MailLanguage;
  subject: string;
  body: string;
  /** False while the company uses the built-in text. */
  custom: boolean;
}

export type MailSource = 'company' | 'installation' | 'local';

export interface MailSettings {
  source: MailSource;
  /** The company's or installation's SMTP URL, its password hidden. */
  smtpUrl: string | null;
  from: string;
}

export interface MailTestResult {
  ok: boolean;
  source: MailSource;
  error: string | null;
}
