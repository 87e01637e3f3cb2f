export { type CompanyAccess, registerCompanyGuard, requireCompany } from './access.js';
export {
  type CompanyRow,
  findCommercialSettings,
  findCompany,
  findLogo as findCompanyLogo,
  listMembers as listCompanyMembers,
  updateCompany,
  updateVatRates,
} from './companies.repository.js';
export { registerCompanyRoutes } from './companies.routes.js';
export { CompanyParams } from './companies.schema.js';
export { type Actor, createCompany, invite } from './companies.service.js';
export { can, PERMISSIONS, type Permission, permissionsOf, ROLES, type Role } from './permissions.js';
