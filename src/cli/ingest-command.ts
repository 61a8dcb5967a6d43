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
 * failed (the files before it, and the others of its chunk, are stored and
 * reported). Files go 100 to a transaction, each still all or nothing.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { createCore } from '../core.js';
import { connectEventTransport } from '../events/event-transport.js';
import { wireIngestPorts } from '../ingest/wire-ingest-ports.js';
import { ingestWireFiles, type IngestOutcome, type WireFileInput } from '../operations/ingest-wire-file.js';

const CHUNK_FILES = 100;
const CHUNK_BYTES = 32 * 1024 * 1024;

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
  const core = await createCore(config);
  const { events } = core;
  // What this command ingests reaches the desks open on the running servers, as their own arrivals do
  // (Redis, PostgreSQL NOTIFY or the SQLite outbox: src/events/event-transport.ts).
  const bridge = await connectEventTransport(events, core.store.cluster, { redisUrl: config.redisUrl }).catch((error: unknown) => {
    console.error(`herald ingest: open desks will not be told (${error instanceof Error ? error.message : String(error)})`);
    return null;
  });
  const ctx = { ...core.operations, ...wireIngestPorts(config.dataDir) };
  try {
    // Many files go in chunks, one transaction per chunk (still all or nothing per file: see ingestWireFiles).
    for (let start = 0; start < files.length; ) {
      const chunk: WireFileInput[] = [];
      let bytes = 0;
      while (start < files.length && chunk.length < CHUNK_FILES && bytes < CHUNK_BYTES) {
        const file = files[start++] as string;
        const input = { bytes: await fs.readFile(file), fileName: file, source: 'cli' };
        bytes += input.bytes.byteLength;
        chunk.push(input);
      }
      // Report every file of the chunk (the others were stored); stop after a chunk in which storing failed.
      let failed = false;
      for (const [i, result] of (await ingestWireFiles(ctx, chunk)).entries()) {
        if (result.ok) for (const outcome of result.outcomes) console.log(formatOutcome(outcome, json));
        else {
          failed = true;
          const error = result.error;
          console.error(`herald ingest: storing ${chunk[i]?.fileName} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (failed) return 1;
    }
    return 0;
  } finally {
    await bridge?.close();
    await core.close();
  }
}
