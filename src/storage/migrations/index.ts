/**
 * Migrations run forward at every start, each in its own transaction, and never
 * drop data. Kysely's migrator records them in `kysely_migration` and takes a
 * lock so two nodes starting together do not both migrate.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { HeraldError } from '../../domain/errors.js';
import type { HeraldDatabase } from '../database.js';
import type { StoreDialect } from '../dialect.js';
import * as m001 from './001-initial-schema.js';
import * as m002 from './002-listing-indexes-and-section-descriptions.js';
import * as m003 from './003-wire-desk.js';
import * as m004 from './004-accounts.js'; // accounts (users, sessions, login attempts, audit log)
import * as m005 from './005-newsroom-workflow.js';
import * as m006 from './006-article-images.js';
import * as m008 from './008-author-profiles.js'; // author pages: slug, title, picture
import * as m009 from './009-api-keys.js'; // Content API keys
import * as m010 from './010-webhooks.js'; // webhook endpoints and deliveries

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MigrationStep = (db: Kysely<any>, dialect: StoreDialect) => Promise<void>;

const steps: [string, MigrationStep][] = [
  ['001-initial-schema', m001.up],
  ['002-listing-indexes-and-section-descriptions', m002.up],
  ['003-wire-desk', m003.up],
  ['004-accounts', m004.up],
  // 004-accounts is registered by the accounts work; 005 only needs the articles table.
  ['005-newsroom-workflow', m005.up],
  ['006-article-images', (db) => m006.up(db)],
  ['007-search-index', async (db, dialect) => (await import('./007-search-index.js')).up(db, dialect)], // reader search (src/storage/search/)
  ['008-author-profiles', (db) => m008.up(db)],
  ['009-api-keys', m009.up],
  ['010-webhooks', m010.up],
  ['011-front-page-pins', async (db, dialect) => (await import('./011-front-page-pins.js')).up(db, dialect)], // editors' pins on the edition home
  ['012-image-uses', async (db) => (await import('./012-image-uses.js')).up(db)], // per-article lead image caption/alt
  ['015-revision-kinds', async (db) => (await import('./015-revision-kinds.js')).up(db)], // what each revision was, review notes
  ['016-edition-footer-links', async (db) => (await import('./016-edition-footer-links.js')).up(db)], // per-edition footer links (imprint, privacy, contact)
  ['017-article-read-counts', async (db) => (await import('./017-article-read-counts.js')).up(db)], // "Most read" tallies per article and hour
  ['018-event-outbox-and-leases', async (db, dialect) => (await import('./018-event-outbox-and-leases.js')).up(db, dialect)], // cross-process events, leader lease
  ['019-listing-counts', async (db) => (await import('./019-listing-counts.js')).up(db)], // exact per-listing published counts, kept by content writes
  ['020-live-coverage', async (db, dialect) => (await import('./020-live-coverage.js')).up(db, dialect)], // live blogs: state, key points, entries
  ['021-videos', async (db, dialect) => (await import('./021-videos.js')).up(db, dialect)], // videos and their captions (issue 10)
  ['022-podcasts', async (db, dialect) => (await import('./022-podcasts.js')).up(db, dialect)], // podcast shows and episodes
  ['023-live-tv', async (db, dialect) => (await import('./023-live-tv.js')).up(db, dialect)], // live stream and programme schedule per edition
  ['024-listing-filter-index', async (db) => (await import('./024-listing-filter-index.js')).up(db)], // deep listing pages read the index alone
];

export const MIGRATION_NAMES = steps.map(([name]) => name);

function provider(dialect: StoreDialect, upTo?: string): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, up] of steps) {
        migrations[name] = { up: (db) => up(db, dialect) };
        if (name === upTo) break;
      }
      return migrations;
    },
  };
}

/** The schema unqualified names resolve to (the first of search_path), e.g. from `?options=-c search_path=x`. */
async function currentSchema(db: Kysely<HeraldDatabase>): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema ?? 'public';
}

/** Runs every pending migration (or those up to `upTo`, for building old-version fixtures). */
export async function migrateToLatest(
  db: Kysely<HeraldDatabase>,
  dialect: StoreDialect,
  options: { upTo?: string } = {},
): Promise<string[]> {
  // Kysely otherwise looks for its bookkeeping tables in every schema, and would
  // find another Herald's (or another test's) in a shared PostgreSQL database.
  const schema = dialect.schema ?? (dialect.kind === 'postgres' ? await currentSchema(db) : undefined);
  const migrator = new Migrator({
    db,
    provider: provider(dialect, options.upTo),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  // On PostgreSQL the migrator's look for its own tables sees only this schema (postgres/schema-scoped-introspector.ts).
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new HeraldError('HERALD_STORAGE', `Database migration ${failed} failed; nothing was changed by it.`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
