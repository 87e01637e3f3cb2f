export { registerStatementRoutes } from './statement.routes.js';
export type { StatementOut } from './statement.schema.js';
export { getStatement } from './statement.service.js';
export { renderStatementPdf, type StatementPdf, statementFilename } from './statement-pdf.js';
