import { z } from './zodLocale';
import { adminDepartmentProblem } from './accessPolicy';
import { ADMIN_ROLES } from './adminRoles';
import { ZDepartment } from './catalog/schema';
import { ZRegionCode } from './region';

export * from './adminRoles';

export const ZAdminRole = z.enum(ADMIN_ROLES);

export const ZUsername = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_.-]{3,40}$/, { error: '用户名为 3 到 40 位字母、数字或 _ . -' });

/** The admin as everyone but the auth service sees it: no hash, no counters. A department account names its department. */
export const ZAdminView = z
  .object({
    id: z.string(),
    username: ZUsername,
    displayName: z.string().min(1).max(40),
    role: ZAdminRole,
    regionCode: ZRegionCode,
    regionName: z.string(),
    department: ZDepartment.optional(),
  })
  .superRefine((admin, ctx) => {
    const problem = adminDepartmentProblem(admin.role, admin.department);
    if (problem) ctx.addIssue({ code: 'custom', path: ['department'], message: problem });
  });
export type TAdminView = z.infer<typeof ZAdminView>;
