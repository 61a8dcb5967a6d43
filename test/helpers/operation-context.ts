/**
 * An operation context for operation tests: a bus whose subscriber errors fail
 * the test, every emitted event recorded, and a clock the test sets; plus real
 * accounts to act as (audit rows and `created_by` point at users).
 */
import type { HeraldEvent } from '../../src/domain/events.js';
import { userActor, type Actor, type Role } from '../../src/domain/identity.js';
import { createEventBus } from '../../src/events/event-bus.js';
import type { OperationContext } from '../../src/operations/context.js';
import type { Store } from '../../src/operations/ports.js';

export function recordingContext(store: Store, now: () => Date): { ctx: OperationContext; events: HeraldEvent[] } {
  const events: HeraldEvent[] = [];
  const bus = createEventBus((error) => {
    throw error;
  });
  bus.onAny((e) => void events.push(e));
  return { ctx: { store, events: bus, now }, events };
}

let serial = 0;

/** Inserts an account with this role and these editions, and returns it as the actor of operations. */
export async function actingAs(store: Store, role: Role, editionCodes: string[]): Promise<Actor> {
  const email = `${role}${++serial}-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const id = await store.accounts.insertUser({ email, name: role, role, passwordHash: 'x', editionCodes, authorId: null, createdAt: '2026-01-01T00:00:00.000Z' });
  return userActor({ id, email, name: role, role, editionCodes, authorId: null });
}
