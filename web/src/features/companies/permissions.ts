/**
 * Permission strings carried by a membership. The server enforces them; the UI only hides or disables
 * what the role cannot do.
 */
export const PERMISSIONS = {
  companyRead: 'company.read',
  settingsManage: 'settings.manage',
  membersRead: 'members.read',
  membersManage: 'members.manage',
  auditRead: 'audit.read',
  jobsRead: 'jobs.read',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS] | (string & {});
