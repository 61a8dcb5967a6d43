/**
 * `npm run chaos`: crash test. Each round starts a real Herald server on
 * loopback (same data folder every round), runs a mixed burst against it
 * (article creates, saves, publishes and corrections through the admin API,
 * wire pushes, drop-folder files, image uploads), `kill -9`s it at a seeded
 * random moment, and then, with the server down, checks the store's integrity
 * and that every acknowledged write (a 2xx answer received before the kill) is
 * present and whole. The next round's start is the restart. Prints per-round
 * and total counts; exits 1 on any loss, integrity problem or unexpected answer.
 *
 * Environment: CHAOS_ROUNDS (default 100), CHAOS_SEED (default 1),
 * CHAOS_WORKERS (concurrent writers, default 4), CHAOS_MAX_KILL_MS (the kill
 * comes 0..this ms into the burst, default 2500), DATABASE_URL (run on
 * PostgreSQL in a fresh schema, dropped afterwards), CHAOS_KEEP_DATA=1 (keep
 * the data folder and schema for inspection).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../src/domain/seeded-random.js';
import { sessionFor, signIn } from './reliability/admin-session.js';
import { runWorker, type BurstContext, type Newsroom } from './reliability/chaos-burst.js';
import { emptyCounts, emptyLedger, type RoundCounts } from './reliability/chaos-ledger.js';
import { createRunSchema } from './reliability/pg-schema.js';
import { postgresReader, sqliteReader, verifyLedger, type Reader } from './reliability/chaos-verify.js';
import { demoAccounts, startServer, type ServerProcess } from './reliability/server-process.js';

const rounds = Number(process.env.CHAOS_ROUNDS ?? 100);
const seed = Number(process.env.CHAOS_SEED ?? 1);
const workers = Number(process.env.CHAOS_WORKERS ?? 4);
const maxKillMs = Number(process.env.CHAOS_MAX_KILL_MS ?? 2500);
const keep = process.env.CHAOS_KEEP_DATA === '1';
const baseDatabaseUrl = process.env.DATABASE_URL || undefined;

const random = seededRandom(seed);
const runId = randomBytes(3).toString('hex');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-chaos-'));
const dropDir = path.join(dataDir, 'drop');
fs.mkdirSync(dropDir);
const pushToken = randomBytes(24).toString('hex');

// On PostgreSQL: a schema of its own, dropped afterwards.
const schema = baseDatabaseUrl ? await createRunSchema(baseDatabaseUrl, `herald_chaos_${runId}`) : undefined;
const env: Record<string, string> = {
  HERALD_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  HERALD_WEBHOOK_INTERVAL_MS: '0',
  HERALD_WIRE_SOURCES: JSON.stringify([
    { name: 'chaos-push', kind: 'push', token: pushToken },
    { name: 'chaos-drop', kind: 'folder', path: dropDir, intervalMs: 50 },
  ]),
  ...(schema ? { DATABASE_URL: schema.url } : {}),
};
const openReader = (): Promise<Reader> => (schema ? postgresReader(schema.url) : Promise.resolve(sqliteReader(path.join(dataDir, 'herald.db'))));

const ledger = emptyLedger();
let counter = 0;
const totals = { acknowledged: 0, verified: 0, lost: 0, integrityProblems: 0, unexpected: 0, inFlightCommitted: 0 };
const failures: string[] = [];
const started = Date.now();

// First start: seeds the demo newsroom and prints the demo admin's password once.
let server: ServerProcess = await startServer(env);
const admin = demoAccounts(server.output()).get('admin');
if (!admin) throw new Error(`no demo admin in the first start's output:\n${server.output().slice(-2000)}`);
const firstSession = await signIn(server.baseUrl, admin.email, admin.password);
const reference = (await (await firstSession.request('GET', '/api/admin/reference')).json()) as {
  sections: { id: number; editionCode: string }[]; topics: { id: number; editionCode: string }[]; authors: { id: number }[];
};
const newsroom: Newsroom = {
  sectionId: reference.sections.find((s) => s.editionCode === 'en')!.id,
  topicIds: reference.topics.filter((t) => t.editionCode === 'en').map((t) => t.id),
  authorIds: reference.authors.map((a) => a.id),
};
const { cookie, csrfToken } = firstSession;
console.log(`chaos: ${rounds} rounds on ${schema ? 'PostgreSQL' : 'SQLite'}, seed ${seed}, ${workers} workers, kill within ${maxKillMs} ms; data in ${dataDir}`);

async function verify(label: string, counts: RoundCounts | null): Promise<void> {
  const reader = await openReader();
  try {
    const problems = await reader.integrity();
    const result = await verifyLedger(reader, ledger, dataDir, dropDir);
    totals.verified = result.checked;
    totals.lost = Math.max(totals.lost, result.lost.length);
    totals.integrityProblems += problems.length;
    totals.inFlightCommitted += result.inFlightCommitted;
    failures.push(...problems.map((p) => `${label}: ${p}`), ...result.lost.map((l) => `${label}: ${l}`));
    const acknowledged = counts ? counts.articleWrites + counts.pushes + counts.drops + counts.images : 0;
    totals.acknowledged += acknowledged;
    if (counts) totals.unexpected += counts.unexpected.length;
    if (counts) failures.push(...counts.unexpected.map((u) => `${label}: unexpected answer ${u}`));
    console.log(
      `${label}: ${counts ? `acknowledged +${acknowledged} (article writes ${counts.articleWrites}, pushes ${counts.pushes}, drop files ${counts.drops}, images ${counts.images}); ` : ''}` +
        `verified ${result.checked - result.lost.length}/${result.checked}; lost ${result.lost.length}; integrity ${problems.length === 0 ? 'ok' : problems.join('; ')}` +
        (counts?.unexpected.length ? `; unexpected answers ${counts.unexpected.length}` : ''),
    );
  } finally {
    await reader.close();
  }
}

for (let round = 1; round <= rounds; round++) {
  if (round > 1) server = await startServer(env); // the restart after the previous kill
  const counts = emptyCounts();
  let killed = false;
  const ctx: BurstContext = {
    admin: sessionFor(server.baseUrl, cookie, csrfToken), baseUrl: server.baseUrl, pushSource: 'chaos-push', pushToken, dropDir,
    newsroom, ledger, counts, random, runId, next: () => ++counter, stopped: () => killed,
  };
  const killAfter = Math.floor(random() * maxKillMs);
  const burst = Array.from({ length: workers }, () => runWorker(ctx));
  await new Promise((resolve) => setTimeout(resolve, killAfter));
  killed = true;
  await server.kill9();
  await Promise.all(burst);
  await verify(`round ${round}/${rounds} (killed after ${killAfter} ms)`, counts);
}

// A last start takes the drop files still waiting; then a clean stop and a final check that nothing is waiting or lost.
server = await startServer(env);
const deadline = Date.now() + 60_000;
while (ledger.drops.some((d) => fs.existsSync(path.join(dropDir, d.file as string))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
const waiting = ledger.drops.filter((d) => fs.existsSync(path.join(dropDir, d.file as string)));
if (waiting.length > 0) failures.push(`final: ${waiting.length} drop files were never taken, e.g. ${waiting[0]?.file}`);
server.child.kill('SIGTERM');
await server.exited;
await verify('final (after a clean restart and stop)', null);

const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\nchaos total: ${rounds} rounds in ${seconds} s; acknowledged writes ${totals.acknowledged}; ledger entries verified ${totals.verified - totals.lost}/${totals.verified}; ` +
    `lost ${totals.lost}; integrity problems ${totals.integrityProblems}; unexpected answers ${totals.unexpected}; ` +
    `article changes in flight at a kill found committed ${totals.inFlightCommitted}`,
);
if (failures.length > 0) console.log(`\nFAILED:\n${failures.slice(0, 50).join('\n')}`);
if (!keep) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await schema?.drop();
}
process.exit(failures.length > 0 ? 1 : 0);
