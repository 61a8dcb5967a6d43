/**
 * `herald restore DIR`: restores the backup folder DIR into the data folder
 * (HERALD_DATA_DIR), which must be empty. The backup is checked completely
 * first (checksums, schema version no newer than this code); nothing is
 * written when it fails. The restored SQLite database is migrated forward.
 * Exit codes: 0 restored, 2 usage error or backup/target refused (nothing
 * changed), 1 failed while copying (the data folder is emptied again).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { isHeraldError } from '../domain/errors.js';
import { MIGRATION_NAMES } from '../storage/migrations/index.js';
import { restoreBackup } from '../storage/backup/restore-backup.js';

export const RESTORE_USAGE = `Usage: npm run herald -- restore DIR

Restores the backup folder DIR (herald-backup-…) into HERALD_DATA_DIR, which must be empty.`;

export async function runRestore(args: string[]): Promise<number> {
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`herald restore: ${(error as Error).message}\n\n${RESTORE_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(RESTORE_USAGE);
    return 0;
  }
  const [from, ...extra] = parsed.positionals;
  if (!from || extra.length > 0) {
    console.error(`herald restore: give exactly one backup folder.\n\n${RESTORE_USAGE}`);
    return 2;
  }
  const config = loadConfig();
  try {
    const result = await restoreBackup({ from, dataDir: config.dataDir, databaseUrl: config.databaseUrl, knownMigrations: MIGRATION_NAMES });
    const { manifest } = result;
    console.log(`restored ${result.files} files from ${from} into ${config.dataDir}`);
    console.log(`  backup of ${manifest.createdAt}: ${manifest.counts.articles} articles, ${manifest.counts.images} images, schema ${manifest.schemaVersion}`);
    if (result.migrated.length > 0) console.log(`  migrated forward: ${result.migrated.join(', ')}`);
    if (!manifest.includesDatabase)
      console.log('  PostgreSQL: restore the database from its pg_dump file with pg_restore (see docs/backup.md).');
    return 0;
  } catch (error) {
    if (isHeraldError(error) && error.code === 'HERALD_VALIDATION') {
      console.error(`herald restore: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
