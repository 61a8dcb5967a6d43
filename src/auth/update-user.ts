/**
 * Changes an account (admins only). Disabling a user or setting a new password
 * ends that user's sessions at once; an admin cannot disable or demote their
 * own account, so a newsroom cannot lock out its last admin by accident.
 */
import { HeraldError, notFound } from '../domain/errors.js';
import type { AccountChanges, AccountRecord } from './account-ports.js';
import type { UpdateUserBody } from './admin-user.js';
import type { UserDeps } from './create-user.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { checkUserReferences } from './user-references.js';

export interface Actor {
  userId: number;
  /** The actor's own session, kept when they change their own password. */
  sessionId?: string;
}

export async function updateUser(deps: UserDeps, id: number, patch: UpdateUserBody, actor: Actor): Promise<AccountRecord> {
  const current = await deps.accounts.getUser(id);
  if (!current) throw notFound(`User #${id}`);
  if (id === actor.userId && (patch.disabled === true || (patch.role !== undefined && patch.role !== current.role)))
    throw new HeraldError('HERALD_CONFLICT', 'You cannot disable your own account or change your own role; ask another admin.');
  await checkUserReferences(deps.reader, { editionCodes: patch.editionCodes, authorId: patch.authorId });

  const changes: AccountChanges = {};
  if (patch.name !== undefined) changes.name = patch.name.trim();
  if (changes.name === '') throw new HeraldError('HERALD_VALIDATION', 'The name must not be empty.');
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.editionCodes !== undefined) changes.editionCodes = [...new Set(patch.editionCodes)];
  if (patch.authorId !== undefined) changes.authorId = patch.authorId;
  if (patch.disabled !== undefined && patch.disabled !== (current.disabledAt !== null))
    changes.disabledAt = patch.disabled ? deps.now().toISOString() : null;
  if (patch.password !== undefined) {
    checkPasswordPolicy(patch.password);
    changes.passwordHash = await hashPassword(patch.password);
  }

  await deps.accounts.updateUser(id, changes);
  if (changes.disabledAt) await deps.accounts.deleteUserSessions(id);
  else if (changes.passwordHash) await deps.accounts.deleteUserSessions(id, id === actor.userId ? actor.sessionId : undefined);
  const updated = await deps.accounts.getUser(id);
  if (!updated) throw notFound(`User #${id}`);
  return updated;
}
