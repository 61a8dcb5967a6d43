/**
 * Content API keys: admins create and revoke them; the API resolves a
 * presented key to its record. A key is 32 random bytes (base64url) behind a
 * recognisable `hk_` prefix, shown once when created and stored only as its
 * sha256.
 *
 * Why sha256 and not argon2 (which passwords use): argon2 is slow on purpose
 * so that guessing a *low-entropy* secret from a stolen hash is expensive. A
 * 256-bit random key cannot be guessed whatever the hash speed, so a slow
 * hash would add nothing but cost: it would run on every API request (and
 * make a cheap denial of service). sha256 also lets the store look a key up
 * by its hash through a unique index, without scanning.
 */
import { createHash, randomBytes } from 'node:crypto';
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { assertRole } from './access-policy.js';
import type { ApiKeyRecord } from './api-key-ports.js';
import type { OperationContext } from './context.js';

export type { ApiKeyRecord } from './api-key-ports.js';

export type ApiKeyContext = Pick<OperationContext, 'store' | 'now'>;

const KEY_PREFIX = 'hk_';
/** What lists show of a key: the marker and 6 random characters, about 36 bits: enough to tell keys apart, useless to guess one. */
const SHOWN_CHARACTERS = KEY_PREFIX.length + 6;
/** `hk_` + 43 base64url characters (32 bytes). Anything else is not one of our keys and is refused without a lookup. */
const KEY_SHAPE = /^hk_[A-Za-z0-9_-]{43}$/;

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Is this string shaped like a Herald API key? (A cheap check before any store lookup.) */
export const looksLikeApiKey = (key: string): boolean => KEY_SHAPE.test(key);

export async function createApiKey(ctx: ApiKeyContext, input: { name: string }, actor: Actor): Promise<{ key: string; record: ApiKeyRecord }> {
  assertRole(actor, 'admin');
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200)
    throw new HeraldError('HERALD_VALIDATION', 'Name the key (1 to 200 characters), e.g. after the app or partner that will use it.', { details: { field: 'name' } });
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  const createdAt = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const id = await tx.apiKeys.insertApiKey({ name, prefix: key.slice(0, SHOWN_CHARACTERS), hash: hashApiKey(key), createdAt, createdBy: actor.userId });
    await tx.insertAudit({ at: createdAt, userId: actor.userId, action: 'api_key_created', articleId: null, details: `Created API key #${id} "${name}"` });
    const record = await tx.apiKeys.getApiKey(id);
    if (!record) throw new HeraldError('HERALD_STORAGE', `API key #${id} vanished right after it was created.`);
    return { key, record };
  });
}

export async function listApiKeys(ctx: ApiKeyContext, actor: Actor): Promise<ApiKeyRecord[]> {
  assertRole(actor, 'admin');
  return ctx.store.apiKeys.listApiKeys();
}

/** Revokes a key at once: the next request with it is refused (401). Revoking a revoked key is a 409. */
export async function revokeApiKey(ctx: ApiKeyContext, id: number, actor: Actor): Promise<ApiKeyRecord> {
  assertRole(actor, 'admin');
  const at = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const current = await tx.apiKeys.getApiKey(id);
    if (!current) throw notFound(`API key #${id}`);
    if (!(await tx.apiKeys.revokeApiKey(id, at))) throw new HeraldError('HERALD_CONFLICT', `API key #${id} was already revoked at ${current.revokedAt}.`);
    await tx.insertAudit({ at, userId: actor.userId, action: 'api_key_revoked', articleId: null, details: `Revoked API key #${id} "${current.name}"` });
    return { ...current, revokedAt: at };
  });
}

/** The active key behind a presented secret, or null (unknown, malformed or revoked). */
export async function resolveApiKey(ctx: Pick<OperationContext, 'store'>, presented: string): Promise<ApiKeyRecord | null> {
  if (!looksLikeApiKey(presented)) return null;
  return ctx.store.apiKeys.findActiveApiKey(hashApiKey(presented));
}
