/**
 * A PostgreSQL schema of its own for a chaos or soak run, selected through
 * `search_path` in the URL the server gets (the way test/helpers/test-stores.ts
 * does), so a run never touches another's tables; dropped afterwards.
 */
import pg from 'pg';

export interface RunSchema {
  url: string;
  drop(): Promise<void>;
}

export async function createRunSchema(baseUrl: string, name: string): Promise<RunSchema> {
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(name)) throw new Error(`not a plain schema name: ${name}`);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${name}`);
  await admin.end();
  const separator = baseUrl.includes('?') ? '&' : '?';
  return {
    url: `${baseUrl}${separator}options=${encodeURIComponent(`-c search_path=${name}`)}`,
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop schema ${name} cascade`);
      await client.end();
    },
  };
}
