/**
 * `herald user:create --email E --role ROLE [--name N] [--password P] [--editions en,de]`.
 * Without --password it asks on a terminal (input hidden) or reads the first
 * line of stdin when piped, so scripts need not put the password in the
 * process list or shell history. Every refusal exits with status 2.
 */
import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/passwords.js';
import { ROLES, systemActor } from '../domain/identity.js';
import { createUser } from '../operations/manage-users.js';
import { loadConfig } from '../config/config.js';
import { openConfiguredStore } from '../core.js';
import { HeraldError, isHeraldError } from '../domain/errors.js';

const USAGE = 'Usage: npm run herald -- user:create --email E --role reporter|editor|admin [--name N] [--password P] [--editions en,de]';

const parse = (args: string[]) =>
  parseArgs({
    args,
    options: {
      email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' },
      password: { type: 'string' }, editions: { type: 'string' },
    },
    strict: true,
  }).values;

export async function runUserCreate(args: string[]): Promise<number> {
  let values: ReturnType<typeof parse>;
  try {
    values = parse(args);
  } catch (error) {
    console.error(`herald: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.email || !values.role) {
    console.error(`herald: --email and --role are required.\n${USAGE}`);
    return 2;
  }
  // Checked here too so a typo is reported before anyone is asked for a password.
  if (!(ROLES as readonly string[]).includes(values.role)) {
    console.error(`herald: Unknown role "${values.role}"; use one of ${ROLES.join(', ')}.`);
    return 2;
  }

  const store = await openConfiguredStore(loadConfig());
  try {
    const password = values.password ?? (await readPassword());
    const user = await createUser(
      { store, now: () => new Date(), hashPassword },
      {
        email: values.email, role: values.role, name: values.name ?? values.email.split('@')[0] ?? values.email, password,
        editionCodes: values.editions ? values.editions.split(',').map((c) => c.trim()).filter(Boolean) : [],
      },
      systemActor('command line'),
    );
    console.log(`created user #${user.id} ${user.email} (${user.role})`);
    return 0;
  } catch (error) {
    if (!isHeraldError(error) || error.status >= 500) throw error;
    console.error(`herald: ${error.message}`);
    return 2;
  } finally {
    await store.close();
  }
}

async function readPassword(): Promise<string> {
  const password = process.stdin.isTTY ? await promptHidden('Password: ') : await readFirstLine();
  if (password === '') throw new HeraldError('HERALD_VALIDATION', 'No password given: use --password, type it when asked, or pipe it on stdin.');
  return password;
}

/** The first line of piped stdin, without its line ending. */
async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}

/** Reads a line from the terminal in raw mode without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new HeraldError('HERALD_VALIDATION', 'Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
