/**
 * How the users API shows an account (never the hash), and the body of
 * PATCH /api/admin/users/:id. Candidates for src/api/admin/contract.ts once
 * the editor UI uses them.
 */
import { z } from 'zod';
import { ROLES, type SessionUser } from '../../domain/identity.js';
import type { AccountRecord } from '../../operations/account-ports.js';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy.js';

/** GET /api/admin/users → { items: AdminUser[] }; POST → 201 AdminUser; PATCH → 200 AdminUser. */
export interface AdminUser extends SessionUser {
  createdAt: string;
  disabledAt: string | null;
}

export const updateUserBody = z
  .object({
    name: z.string().min(1).max(200),
    role: z.enum(ROLES),
    editionCodes: z.array(z.string().max(16)).max(50),
    authorId: z.number().int().positive().nullable(),
    disabled: z.boolean(),
    // The operation applies the password policy, so its message ("at least 12 characters") reaches the form.
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
  })
  .partial()
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export function toAdminUser(a: AccountRecord): AdminUser {
  return {
    id: a.id, email: a.email, name: a.name, role: a.role, editionCodes: a.editionCodes, authorId: a.authorId,
    createdAt: a.createdAt, disabledAt: a.disabledAt,
  };
}
