/** The users screen's calls to the admin API (src/api/admin/user-routes.ts; admins only), through the editor's one client. */
import type { AdminUser, UpdateUserBody } from '../../../src/api/admin/admin-user.js';
import type { Role } from '../../../src/api/admin/contract.js';
import { request } from '../api/client.js';

const BASE = '/api/admin/users';

export type { AdminUser };

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  editionCodes: string[];
}

export const usersApi = {
  list: async (signal?: AbortSignal) => (await request<{ items: AdminUser[] }>('GET', BASE, { signal })).items,
  create: (body: NewUser) => request<AdminUser>('POST', BASE, { json: body }),
  update: (id: number, body: UpdateUserBody) => request<AdminUser>('PATCH', `${BASE}/${id}`, { json: body }),
};
