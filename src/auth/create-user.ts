/**
 * Creates an account: the one path used by the users API, `herald user:create`
 * and the demo seed, so the password policy, email normalisation, duplicate
 * check and the `user_created` audit row cannot differ between them.
 */
import { ROLES, type Role } from '../api/admin/contract.js';
import { HeraldError } from '../domain/errors.js';
import type { AccountRecord, AccountStore } from './account-ports.js';
import { normalizeEmail } from './normalize-email.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { checkUserReferences, type ReferenceReader } from './user-references.js';

export interface UserDeps {
  accounts: AccountStore;
  /** When given, edition codes and the author id are checked to exist. */
  reader?: ReferenceReader;
  now: () => Date;
}

export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  password: string;
  editionCodes?: string[];
  authorId?: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser(deps: UserDeps, input: NewUserInput, actorId: number | null = null): Promise<AccountRecord> {
  const email = normalizeEmail(input.email);
  if (!EMAIL.test(email) || email.length > 200) throw new HeraldError('HERALD_VALIDATION', `"${input.email}" is not an email address.`);
  if (!(ROLES as readonly string[]).includes(input.role))
    throw new HeraldError('HERALD_VALIDATION', `Unknown role "${input.role}"; use one of ${ROLES.join(', ')}.`);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw new HeraldError('HERALD_VALIDATION', 'The name must be 1 to 200 characters.');
  checkPasswordPolicy(input.password);
  const editionCodes = [...new Set(input.editionCodes ?? [])];
  await checkUserReferences(deps.reader, { editionCodes, authorId: input.authorId });
  // Fail fast on a duplicate before spending an argon2 hash; the unique constraint still decides races.
  if (await deps.accounts.findUserByEmail(email))
    throw new HeraldError('HERALD_CONFLICT', `A user with the email ${email} already exists.`);

  const createdAt = deps.now().toISOString();
  const role = input.role as Role;
  const id = await deps.accounts.insertUser({
    email, name, role, passwordHash: await hashPassword(input.password), editionCodes, authorId: input.authorId ?? null, createdAt,
  });
  await deps.accounts.recordAudit({
    at: createdAt, userId: actorId, action: 'user_created', articleId: null, details: `Created user #${id} ${email} (${role})`,
  });
  const created = await deps.accounts.getUser(id);
  if (!created) throw new HeraldError('HERALD_STORAGE', `User #${id} vanished right after it was created.`);
  return created;
}
