/**
 * Demo accounts for a freshly seeded demo newsroom: one per role, each with a
 * random password that is printed once to the start-up log and never stored
 * in plain text anywhere. Lost them? Create another admin with
 * `npm run herald -- user:create`.
 */
import { randomInt } from 'node:crypto';
import type { Role } from '../domain/identity.js';
import { systemActor } from '../domain/identity.js';
import { createUser } from '../operations/manage-users.js';
import type { Store } from '../operations/ports.js';
import { hashPassword } from './passwords.js';

/** No look-alikes (0/O, 1/l/I), so a password read off a terminal can be typed back. */
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generatePassword(length = 20): string {
  let password = '';
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}

interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  editionCodes: string[];
  /** The demo author (src/seed/demo-content/authors.ts) whose byline this account writes under. */
  authorName?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@herald.example', name: 'Demo Admin', role: 'admin', editionCodes: [] },
  { email: 'editor@herald.example', name: 'Demo Editor', role: 'editor', editionCodes: ['en', 'de', 'ar'], authorName: 'Wiebke Marlene Dahl' },
  { email: 'reporter@herald.example', name: 'Demo Reporter', role: 'reporter', editionCodes: ['en'], authorName: 'Elena Sørensen' },
];

export interface DemoAccountOptions {
  /** The store's authors, to link the editor and reporter to a demo byline when it exists. */
  authors?: { id: number; name: string }[];
  now?: () => Date;
}

/**
 * Creates the demo accounts when there are no users yet and prints one line
 * per account. Returns the number created (0 when users already existed).
 */
export async function seedDemoAccounts(
  store: Store,
  log: (line: string) => void = console.log,
  options: DemoAccountOptions = {},
): Promise<number> {
  if ((await store.accounts.countUsers()) > 0) return 0;
  const ctx = { store, now: options.now ?? (() => new Date()), hashPassword };
  // The demo editions that exist here (a store seeded from other content may lack some).
  const editions = new Set((await store.listEditions()).map((e) => e.code));
  for (const demo of DEMO_ACCOUNTS) {
    const password = generatePassword();
    const authorId = options.authors?.find((a) => a.name === demo.authorName)?.id ?? null;
    await createUser(ctx, { email: demo.email, name: demo.name, role: demo.role, editionCodes: demo.editionCodes.filter((code) => editions.has(code)), password, authorId }, systemActor('demo seed'));
    log(`Demo account: ${demo.email} / ${password} (${demo.role})`);
  }
  return DEMO_ACCOUNTS.length;
}
