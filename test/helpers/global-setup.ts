/**
 * Once per `vitest run`: a folder the run's test files share for the seeded
 * demo templates (test/helpers/seeded-template.ts), removed at the end along
 * with the PostgreSQL databases it lists (the templates and their copies).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    heraldTemplateDir: string;
  }
}

/** One line per PostgreSQL database made in this run, template or copy (written by seeded-template.ts). */
export const TEMPLATE_DATABASES_FILE = 'postgres-databases.txt';

/** Each DROP DATABASE waits for a checkpoint; several at once share them. */
async function dropDatabases(url: string, databases: string[], connections = 6): Promise<void> {
  const queue = [...databases];
  await Promise.all(Array.from({ length: Math.min(connections, queue.length) }, async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      for (let database = queue.shift(); database; database = queue.shift())
        await admin.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
    } finally {
      await admin.end();
    }
  }));
}

export default function setup(project: TestProject): () => Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-test-run-'));
  project.provide('heraldTemplateDir', dir);
  return async () => {
    const listed = path.join(dir, TEMPLATE_DATABASES_FILE);
    const databases = fs.existsSync(listed) ? fs.readFileSync(listed, 'utf8').split('\n').filter(Boolean) : [];
    const url = process.env.HERALD_TEST_DATABASE_URL;
    if (url && databases.length > 0) await dropDatabases(url, databases);
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
