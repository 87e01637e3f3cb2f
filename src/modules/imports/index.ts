export { purgeImportsJob, runImportJob } from './imports.jobs.js';
export { registerImportRoutes } from './imports.routes.js';
