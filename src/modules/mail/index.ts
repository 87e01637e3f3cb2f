export { DOCUMENT_MAIL_PDF_JOB, documentMailPdfJob } from './document-mail-pdf.js';
export { registerMailRoutes } from './mail.routes.js';
export { MailPreviewOut, SendMailBody, type SendMailInput } from './mail.schema.js';
export { queueDocumentMail, templateFor } from './mail.service.js';
export { reportMailFailure, reportMailOutcome } from './mail-failure.js';
export { checkTemplate, type MailKind, renderTemplate, type Template } from './mail-templates.js';
