import { randomBytes } from 'node:crypto';
import { PostgresIntrospector, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/storage/migrations/index.js';
import { openPostgres } from '../../../src/storage/postgres/open-postgres.js';
import { SchemaScopedIntrospector } from '../../../src/storage/postgres/schema-scoped-introspector.js';
import type { OpenedStore } from '../../../src/storage/dialect.js';
import { postgresUrl } from '../../helpers/test-stores.js';

if (!postgresUrl) console.log('skipped: schema-scoped introspection needs HERALD_TEST_DATABASE_URL (PostgreSQL)');

const newSchemaName = (label: string) => `herald_test_${label}_${randomBytes(5).toString('hex')}`;

describe.skipIf(!postgresUrl)('schema-scoped introspection on PostgreSQL', () => {
  const admin = new pg.Client({ connectionString: postgresUrl });
  const own = newSchemaName('own');
  const other = newSchemaName('other');
  let opened: OpenedStore;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create schema ${own}`);
    await admin.query(`create schema ${other}`);
    // Another Herald's tables in the same database, named like ours.
    await admin.query(`create table ${other}.articles (id serial primary key, headline text)`);
    await admin.query(`create table ${other}.kysely_migration (name text primary key)`);
    opened = openPostgres(postgresUrl as string, { schema: own, maxConnections: 3 });
    await migrateToLatest(opened.db, opened.dialect);
  });

  afterAll(async () => {
    await opened?.close();
    await admin.query(`drop schema if exists ${own} cascade`);
    await admin.query(`drop schema if exists ${other} cascade`);
    await admin.end();
  });

  it('lists only the store’s own schema, its migration tables only when asked', async () => {
    const tables = await opened.db.introspection.getTables();
    expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([own]));
    expect(tables.map((t) => t.name)).toContain('articles');
    expect(tables.map((t) => t.name)).not.toContain('kysely_migration');
    const withInternal = await opened.db.introspection.getTables({ withInternalKyselyTables: true });
    expect(withInternal.filter((t) => t.name === 'kysely_migration').map((t) => t.schema)).toEqual([own]);
    expect(await opened.db.introspection.getSchemas()).toEqual([{ name: own }]);
  });

  it('describes columns as Kysely’s own introspector does', async () => {
    const scoped = (await opened.db.introspection.getTables()).find((t) => t.name === 'articles');
    const kyselys = (await new PostgresIntrospector(opened.db).getTables()).find((t) => t.name === 'articles' && t.schema === own);
    expect(scoped).toBeDefined();
    expect(scoped).toEqual(kyselys);
    expect(scoped?.columns.find((c) => c.name === 'id')).toMatchObject({ isAutoIncrementing: true, isNullable: false });
  });

  it('is not failed by another schema dropped while it reads, where Kysely’s own introspector is', async () => {
    // In a repeatable-read transaction the catalogue rows are those of the snapshot, but name lookups in
    // functions (has_schema_privilege) see the present: a schema dropped in between is the migrator's 3F000.
    const doomed = newSchemaName('doomed');
    await admin.query(`create schema ${doomed}`);
    await admin.query(`create table ${doomed}.t (id serial primary key)`);
    const outcome = await opened.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`select 1 from pg_catalog.pg_namespace limit 1`.execute(trx);
        await admin.query(`drop schema ${doomed} cascade`);
        const scoped = await new SchemaScopedIntrospector(trx, own).getTables();
        await sql`savepoint before_kyselys`.execute(trx);
        const kyselys = await new PostgresIntrospector(trx).getTables().then(
          () => 'listed',
          (error: { code?: string }) => error.code,
        );
        await sql`rollback to savepoint before_kyselys`.execute(trx);
        return { kyselys, scoped: scoped.map((t) => t.schema) };
      });
    expect(outcome.kyselys).toBe('3F000');
    expect(new Set(outcome.scoped)).toEqual(new Set([own]));
  });

  it('migrates a new schema while other schemas come and go', async () => {
    const fresh = newSchemaName('fresh');
    await admin.query(`create schema ${fresh}`);
    const churn = new pg.Client({ connectionString: postgresUrl });
    await churn.connect();
    let stop = false;
    const churning = (async () => {
      while (!stop) {
        const passing = newSchemaName('churn');
        await churn.query(`create schema ${passing}; create table ${passing}.t (id serial primary key, x text)`);
        await churn.query(`drop schema ${passing} cascade`);
      }
    })();
    const store = openPostgres(postgresUrl as string, { schema: fresh, maxConnections: 2 });
    try {
      const applied = await migrateToLatest(store.db, store.dialect);
      expect(applied.length).toBeGreaterThan(20);
    } finally {
      stop = true;
      await churning;
      await churn.end();
      await store.close();
      await admin.query(`drop schema ${fresh} cascade`);
    }
  });
});
