/** `herald user:create` as an operator runs it: a child process against a real data folder or database. */
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../../src/auth/passwords.js';
import { runUserCreate } from '../../src/cli/user-create-command.js';
import { runHeraldCli } from '../helpers/herald-process.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

function runCli(handle: TestStore, args: string[], stdin?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, HERALD_DATA_DIR: handle.dataDir, LOG_LEVEL: 'silent' };
  if (handle.databaseUrl) env.DATABASE_URL = handle.databaseUrl;
  else delete env.DATABASE_URL;
  return runHeraldCli(['user:create', ...args], env, stdin ?? '');
}

for (const kind of testStoreKinds) {
  describe(`herald user:create on ${kind.name}`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = await kind.open();
      await insertFixtureNewsroom(handle.store);
    });
    afterAll(async () => handle.dispose());

    it('creates a user with --password and prints its id, email and role', async () => {
      const result = await runCli(handle, ['--email', 'Chief@Herald.Example', '--role', 'admin', '--name', 'Chief', '--password', 'a long enough password']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const user = await handle.store.accounts.findUserByEmail('chief@herald.example');
      expect(result.stdout.trim()).toBe(`created user #${user?.id} chief@herald.example (admin)`);
      expect(user).toMatchObject({ name: 'Chief', role: 'admin', editionCodes: [] });
      expect(await verifyPassword(user?.passwordHash ?? '', 'a long enough password')).toBe(true);
    });

    it('reads the password from the first line of piped stdin', async () => {
      const result = await runCli(handle, ['--email', 'piped@herald.example', '--role', 'reporter', '--editions', 'en'], 'piped password 123\nsecond line\n');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^created user #\d+ piped@herald\.example \(reporter\)\n$/);
      const user = await handle.store.accounts.findUserByEmail('piped@herald.example');
      expect(user?.name).toBe('piped');
      expect(await verifyPassword(user?.passwordHash ?? '', 'piped password 123')).toBe(true);
    });

    it.each([
      [['--email', 'chief@herald.example', '--role', 'editor', '--editions', 'en', '--password', 'another long password'], /already exists/],
      [['--email', 'nowhere@herald.example', '--role', 'editor', '--password', 'another long password'], /must work in at least one edition/],
      [['--email', 'short@herald.example', '--role', 'editor', '--password', 'too short'], /at least 12 characters/],
      [['--email', 'not-an-email', '--role', 'editor', '--password', 'a long enough password'], /not an email address/],
      [['--email', 'empty@herald.example', '--role', 'editor'], /No password given/],
    ])('refuses %j with exit code 2 and a clear message', async (args, message) => {
      const result = await runCli(handle, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  });
}

describe('herald user:create argument checks (before any store is opened)', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [['--email', 'role@herald.example', '--role', 'boss', '--password', 'a long enough password'], /Unknown role "boss"/],
    [['--role', 'editor'], /--email and --role are required/],
    [['--email', 'x@herald.example', '--role', 'editor', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    expect(await runUserCreate(args)).toBe(2);
    expect(errors.join('\n')).toMatch(message);
  });
});
