/**
 * `herald ingest [--json] FILE…`: ingests wire files into the configured store
 * (the same data folder and DATABASE_URL as `npm start`), one line per item:
 *
 *   ingested GUID vVERSION | unchanged GUID vVERSION | quarantined FILE: REASON
 *
 * or with --json one object per line: {"file","status","guid","version","reason"}.
 * Exit 0 when every file was handled (a quarantined file is handled: it is
 * kept with its reason), 2 on usage errors (no files, unknown flag, a file
 * that is missing or unreadable; nothing is ingested then), 1 when storing
 * failed.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openConfiguredStore } from '../app.js';
import { quarantineFilesFor } from '../api/ingest/install-wire-desk.js';
import { loadConfig } from '../config/config.js';
import { createEventBus } from '../events/event-bus.js';
import { ingestWireFile, type IngestOutcome } from '../operations/ingest-wire-file.js';

export const INGEST_USAGE = `Usage: npm run herald -- ingest [--json] FILE…

Ingests NewsML-G2, NewsML 1.2, ninjs, dpa digitalwires, RSS or Atom files into the wire desk.
  --json   print one JSON object per item: {"file","status","guid","version","reason"}`;

function usageError(message: string): number {
  console.error(`herald ingest: ${message}\n\n${INGEST_USAGE}`);
  return 2;
}

export function formatOutcome(outcome: IngestOutcome, json: boolean): string {
  if (json)
    return JSON.stringify({
      file: outcome.file, status: outcome.status, guid: outcome.guid ?? null, version: outcome.version ?? null, reason: outcome.reason ?? null,
    });
  if (outcome.status === 'quarantined') return `quarantined ${outcome.file}: ${outcome.reason ?? 'no reason given'}`;
  return `${outcome.status} ${outcome.guid} v${outcome.version}`;
}

async function readable(file: string): Promise<string | null> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return `${file} is a directory; give the files in it`;
    if (!stat.isFile()) return `${file} is not a regular file`;
    await fs.access(file, fs.constants.R_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${file} does not exist`;
    if (code === 'EACCES') return `${file} cannot be read (permission denied)`;
    return `${file} cannot be read (${(error as Error).message})`;
  }
}

export async function runIngest(args: string[]): Promise<number> {
  let parsed: { values: { json?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (parsed.values.help) {
    console.log(INGEST_USAGE);
    return 0;
  }
  const files = parsed.positionals;
  if (files.length === 0) return usageError('give at least one file to ingest.');
  const problems = (await Promise.all(files.map(readable))).filter((p): p is string => p !== null);
  if (problems.length) return usageError(`${problems.join('; ')}. Nothing was ingested.`);

  const json = parsed.values.json === true;
  const config = loadConfig();
  const store = await openConfiguredStore(config);
  const ctx = { store, events: createEventBus(), now: () => new Date(), quarantine: quarantineFilesFor(config.dataDir) };
  try {
    for (const file of files) {
      let outcomes: IngestOutcome[];
      try {
        outcomes = await ingestWireFile(ctx, { bytes: await fs.readFile(file), fileName: file, source: 'cli' });
      } catch (error) {
        console.error(`herald ingest: storing ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      for (const outcome of outcomes) console.log(formatOutcome(outcome, json));
    }
    return 0;
  } finally {
    await store.close();
  }
}
