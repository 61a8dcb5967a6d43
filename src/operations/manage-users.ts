/**
 * Creating and changing newsroom accounts: the one path for the users API,
 * `herald user:create` and the demo seed, so the password policy, email
 * normalisation, edition rule, duplicate check and audit row cannot differ.
 * Only admins (or the system) manage accounts. A reporter or editor must work
 * in at least one edition: an empty list grants nothing, so it is refused
 * rather than saved as an account that can do nothing. Disabling a user or
 * setting a new password ends their sessions; an admin cannot disable or
 * demote their own account, so a newsroom cannot lock out its last admin.
 */
import { HeraldError, notFound } from '../domain/errors.js';
import { normalizeEmail, ROLES, type Actor, type Role } from '../domain/identity.js';
import { checkPasswordPolicy } from '../domain/password-policy.js';
import type { AccountChanges, AccountRecord } from './account-ports.js';
import { assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ContentReader } from './ports.js';

/** Hashes passwords (argon2id in src/auth/passwords.ts); a port so operations stay free of crypto libraries. */
export type PasswordHasher = (password: string) => Promise<string>;

export type AccountContext = Pick<OperationContext, 'store' | 'now'> & { hashPassword: PasswordHasher };

export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  password: string;
  editionCodes?: string[];
  authorId?: number | null;
}

export interface UserPatch {
  name?: string;
  role?: Role;
  editionCodes?: string[];
  authorId?: number | null;
  disabled?: boolean;
  password?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function requireEditions(role: Role, editionCodes: string[]): void {
  if (role !== 'admin' && editionCodes.length === 0)
    throw new HeraldError('HERALD_VALIDATION', `A ${role} must work in at least one edition; give editionCodes (admins work in all).`, {
      details: { field: 'editionCodes' },
    });
}

async function checkReferences(reader: Pick<ContentReader, 'listEditions' | 'getAuthors'>, refs: { editionCodes?: string[] | undefined; authorId?: number | null | undefined }) {
  if (refs.editionCodes?.length) {
    const known = new Set((await reader.listEditions()).map((e) => e.code));
    const unknown = refs.editionCodes.filter((code) => !known.has(code));
    if (unknown.length) throw new HeraldError('HERALD_VALIDATION', `Unknown edition${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
  }
  if (refs.authorId != null && (await reader.getAuthors([refs.authorId])).length === 0)
    throw new HeraldError('HERALD_VALIDATION', `There is no author #${refs.authorId}.`);
}

export async function createUser(ctx: AccountContext, input: NewUserInput, actor: Actor): Promise<AccountRecord> {
  assertRole(actor, 'admin');
  const email = normalizeEmail(input.email);
  if (!EMAIL.test(email) || email.length > 200) throw new HeraldError('HERALD_VALIDATION', `"${input.email}" is not an email address.`);
  if (!(ROLES as readonly string[]).includes(input.role))
    throw new HeraldError('HERALD_VALIDATION', `Unknown role "${input.role}"; use one of ${ROLES.join(', ')}.`);
  const role = input.role as Role;
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw new HeraldError('HERALD_VALIDATION', 'The name must be 1 to 200 characters.');
  checkPasswordPolicy(input.password);
  const editionCodes = [...new Set(input.editionCodes ?? [])];
  requireEditions(role, editionCodes);
  await checkReferences(ctx.store, { editionCodes, authorId: input.authorId });
  // Fail fast on a duplicate before spending an argon2 hash; the unique constraint still decides races.
  if (await ctx.store.accounts.findUserByEmail(email)) throw new HeraldError('HERALD_CONFLICT', `A user with the email ${email} already exists.`);

  const passwordHash = await ctx.hashPassword(input.password);
  const createdAt = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const id = await tx.accounts.insertUser({ email, name, role, passwordHash, editionCodes, authorId: input.authorId ?? null, createdAt });
    await tx.insertAudit({ at: createdAt, userId: actor.userId, action: 'user_created', articleId: null, details: `Created user #${id} ${email} (${role})` });
    const created = await tx.accounts.getUser(id);
    if (!created) throw new HeraldError('HERALD_STORAGE', `User #${id} vanished right after it was created.`);
    return created;
  });
}

export async function updateUser(ctx: AccountContext, id: number, patch: UserPatch, actor: Actor & { sessionId?: string }): Promise<AccountRecord> {
  assertRole(actor, 'admin');
  const current = await ctx.store.accounts.getUser(id);
  if (!current) throw notFound(`User #${id}`);
  if (id === actor.userId && (patch.disabled === true || (patch.role !== undefined && patch.role !== current.role)))
    throw new HeraldError('HERALD_CONFLICT', 'You cannot disable your own account or change your own role; ask another admin.');
  await checkReferences(ctx.store, { editionCodes: patch.editionCodes, authorId: patch.authorId });

  const changes: AccountChanges = {};
  if (patch.name !== undefined) changes.name = patch.name.trim();
  if (changes.name === '') throw new HeraldError('HERALD_VALIDATION', 'The name must not be empty.');
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.editionCodes !== undefined) changes.editionCodes = [...new Set(patch.editionCodes)];
  requireEditions(changes.role ?? current.role, changes.editionCodes ?? current.editionCodes);
  if (patch.authorId !== undefined) changes.authorId = patch.authorId;
  const at = ctx.now().toISOString();
  if (patch.disabled !== undefined && patch.disabled !== (current.disabledAt !== null)) changes.disabledAt = patch.disabled ? at : null;
  if (patch.password !== undefined) {
    checkPasswordPolicy(patch.password);
    changes.passwordHash = await ctx.hashPassword(patch.password);
  }

  return ctx.store.transaction(async (tx) => {
    if (!(await tx.accounts.updateUser(id, changes))) throw notFound(`User #${id}`);
    if (changes.disabledAt) await tx.accounts.deleteUserSessions(id);
    else if (changes.passwordHash) await tx.accounts.deleteUserSessions(id, id === actor.userId ? actor.sessionId : undefined);
    const fields = Object.keys(changes).map((k) => (k === 'passwordHash' ? 'password' : k === 'disabledAt' ? (patch.disabled ? 'disabled' : 'enabled') : k));
    await tx.insertAudit({ at, userId: actor.userId, action: 'user_updated', articleId: null, details: `Changed user #${id} ${current.email}: ${fields.join(', ') || 'nothing'}` });
    const updated = await tx.accounts.getUser(id);
    if (!updated) throw notFound(`User #${id}`);
    return updated;
  });
}
