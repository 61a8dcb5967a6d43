/**
 * `npm run herald -- COMMAND`: the operator's command line. Each command uses
 * the same configuration (HERALD_DATA_DIR, DATABASE_URL) as `npm start`.
 */
import { isHeraldError } from '../domain/errors.js';
import { runBackup } from './backup-command.js';
import { runIngest } from './ingest-command.js';
import { runMigrate } from './migrate-command.js';
import { runRestore } from './restore-command.js';
import { runSeed } from './seed-command.js';
import { runUserCreate } from './user-create-command.js';
import { runWire } from './wire-command.js';

const USAGE = `Usage: npm run herald -- <command> [options]

Commands:
  seed [--articles N]   seed the demo newsroom into an empty store, then add N generated articles
  migrate               run pending database migrations and exit
  user:create --email E --role reporter|editor|admin [--name N] [--password P] [--editions en,de]
                        create a newsroom account (asks for the password when --password is left out)
  ingest [--json] FILE…  ingest wire files (NewsML-G2, NewsML 1.2, ninjs, dpa, RSS/Atom) into the wire desk
  wire list [--json]    list the wire desk's stories, newest first
  backup [--to DIR]     a consistent backup (database, media, manifest) into a new folder in DIR; safe while serving
  restore DIR           restore a backup folder into an empty HERALD_DATA_DIR

Configuration comes from the environment: HERALD_DATA_DIR, DATABASE_URL (see README).`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  seed: runSeed,
  migrate: runMigrate,
  'user:create': runUserCreate,
  // Wire desk (src/cli/ingest-command.ts, src/cli/wire-command.ts).
  ingest: runIngest,
  wire: runWire,
  // Backups (src/storage/backup/, docs/backup.md).
  backup: runBackup,
  restore: runRestore,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}


main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(isHeraldError(error) ? `herald: ${error.message}` : error);
    process.exit(isHeraldError(error) && error.code === 'HERALD_VALIDATION' ? 2 : 1);
  },
);
