/**
 * `herald ingest` and `herald wire list`, spawned as the operator runs them
 * (node --import tsx src/cli/herald.ts …) against a test store's data folder
 * or PostgreSQL schema: output lines, --json shapes, exit codes, and every
 * third-party sample in the shared folder ingested or quarantined with a reason.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { REPO_DIR, THIRD_PARTY_DIR, g2File, ninjsFile, thirdPartySamplesPresent } from './wire-files.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

function herald(args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'HERALD_WIRE_SOURCES', 'HERALD_DATA_DIR', 'REDIS_URL'].includes(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/herald.ts', ...args], {
      cwd: REPO_DIR, env: { ...base, LOG_LEVEL: 'silent', HERALD_SEED_DEMO: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) }));
  });
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return fs.statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const JSON_KEYS = ['file', 'status', 'guid', 'version', 'reason'];

for (const kind of testStoreKinds) {
  // Each spawn starts a TypeScript process; on a loaded machine that takes seconds.
  describe(`herald ingest and wire list on ${kind.name}`, { timeout: 180_000 }, () => {
    let handle: TestStore;
    let env: Record<string, string>;
    let files: string;

    beforeAll(async () => {
      handle = await kind.open();
      env = { HERALD_DATA_DIR: handle.dataDir, ...(handle.databaseUrl ? { DATABASE_URL: handle.databaseUrl } : {}) };
      files = makeTempDir('herald-cli-files-');
      fs.writeFileSync(path.join(files, 'flash.xml'), g2File({ guid: 'urn:cli:1', version: 1, headline: 'Ferry cancelled', urgency: 1, provider: 'AFP' }));
      fs.writeFileSync(path.join(files, 'flash-v2.xml'), g2File({ guid: 'urn:cli:1', version: 2, headline: 'Ferry cancelled, pier damaged', correction: true }));
      fs.writeFileSync(path.join(files, 'dpa.json'), ninjsFile({ guid: 'urn:cli:2', headline: 'Rat beschließt Haushalt', provider: 'dpa', language: 'de' }));
      fs.writeFileSync(path.join(files, 'broken.xml'), '<newsItem guid="urn:cli:3"');
    });
    afterAll(async () => {
      await handle.dispose();
      fs.rmSync(files, { recursive: true, force: true });
    });

    const file = (name: string) => path.join(files, name);

    it('prints one line per item, quarantines what it cannot read, and exits 0', async () => {
      const run = await herald(['ingest', file('flash.xml'), file('broken.xml'), file('dpa.json')], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.lines[0]).toBe('ingested urn:cli:1 v1');
      expect(run.lines[1]).toMatch(new RegExp(`^quarantined ${file('broken.xml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S.+`));
      expect(run.lines[2]).toBe('ingested urn:cli:2 v1');
      expect(run.lines).toHaveLength(3);
      const [entry] = await handle.store.listQuarantine(5);
      expect(entry).toMatchObject({ source: 'cli', fileName: file('broken.xml') });
      expect(fs.existsSync(path.join(handle.dataDir, 'quarantine', entry?.storedName ?? ''))).toBe(true);

      const again = await herald(['ingest', file('flash.xml'), file('flash-v2.xml')], env);
      expect([again.code, again.lines]).toEqual([0, ['unchanged urn:cli:1 v1', 'ingested urn:cli:1 v2']]);
      expect((await handle.store.getWireStory('urn:cli:1'))?.latestVersion).toBe(2);
    });

    it('prints one JSON object per item with --json', async () => {
      const run = await herald(['ingest', '--json', file('dpa.json'), file('broken.xml')], env);
      expect(run.code).toBe(0);
      const [unchanged, quarantined] = run.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(Object.keys(unchanged ?? {})).toEqual(JSON_KEYS);
      expect(unchanged).toEqual({ file: file('dpa.json'), status: 'unchanged', guid: 'urn:cli:2', version: 1, reason: null });
      expect(quarantined).toMatchObject({ file: file('broken.xml'), status: 'quarantined', guid: null, version: null });
      expect(String(quarantined?.reason)).not.toBe('');
    });

    it('lists the desk with wire list --json (newest version of each story, newest first) and as a table', async () => {
      const run = await herald(['wire', 'list', '--json'], env);
      expect(run.code).toBe(0);
      const stories = run.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(stories.map((s) => Object.keys(s))).toEqual(
        stories.map(() => ['guid', 'version', 'provider', 'pubStatus', 'headline', 'language', 'urgency', 'isCorrection', 'receivedAt']),
      );
      expect(stories.map((s) => [s.guid, s.version])).toEqual([['urn:cli:1', 2], ['urn:cli:2', 1]]);
      expect(stories[0]).toMatchObject({ provider: 'AFP', pubStatus: 'usable', headline: 'Ferry cancelled, pier damaged', language: 'en', isCorrection: true });
      const table = await herald(['wire', 'list'], env);
      expect(table.code).toBe(0);
      expect(table.lines[0]).toMatch(/^RECEIVED \(UTC\)\s+URGENCY\s+PROVIDER/);
      expect(table.lines[1]).toMatch(/CORRECTION\s+v2\s+Ferry cancelled, pier damaged\s+urn:cli:1$/);
      expect(table.lines[2]).toContain('Rat beschließt Haushalt');
    });

    it('exits 2 on usage errors without touching the store', async () => {
      const before = (await handle.store.listWireStories({ limit: 100, offset: 0 })).length;
      const none = await herald(['ingest'], env);
      expect([none.code, none.stdout]).toEqual([2, '']);
      expect(none.stderr).toMatch(/give at least one file[\s\S]*Usage: npm run herald -- ingest/);
      const flag = await herald(['ingest', '--jsn', file('dpa.json')], env);
      expect(flag.code).toBe(2);
      expect(flag.stderr).toMatch(/Unknown option '--jsn'/);
      const fresh = path.join(files, 'fresh.xml');
      fs.writeFileSync(fresh, g2File({ guid: 'urn:cli:fresh' }));
      const missing = await herald(['ingest', fresh, path.join(files, 'nope.xml'), files], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`${path.join(files, 'nope.xml')} does not exist; ${files} is a directory`);
      expect(missing.stderr).toContain('Nothing was ingested.');
      expect((await handle.store.listWireStories({ limit: 100, offset: 0 })).length).toBe(before);
      const wire = await herald(['wire', 'show'], env);
      expect(wire.code).toBe(2);
    });

    const dirs = ['iptc-newsml-g2', 'iptc-ninjs', 'dpa-digitalwires'];
    it.skipIf(!thirdPartySamplesPresent('the command-line ingest of every third-party sample'))('ingests or quarantines with a reason every third-party sample', async () => {
      const samples = dirs.flatMap((dir) => walk(path.join(THIRD_PARTY_DIR, dir)));
      expect(samples.length).toBeGreaterThan(40);
      const quarantinedBefore = (await handle.store.listQuarantine(500)).length;
      const run = await herald(['ingest', '--json', ...samples], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const outcomes = run.lines.map((line) => JSON.parse(line) as { file: string; status: string; guid: string | null; version: number | null; reason: string | null });
      for (const sample of samples) {
        const mine = outcomes.filter((o) => o.file === sample);
        expect(mine.length, sample).toBeGreaterThan(0);
        for (const o of mine) {
          if (o.status === 'quarantined') expect(o.reason?.length, sample).toBeGreaterThan(10);
          else expect([o.status, typeof o.guid, typeof o.version], sample).toEqual([expect.stringMatching(/^(ingested|unchanged)$/), 'string', 'number']);
        }
      }
      const quarantined = outcomes.filter((o) => o.status === 'quarantined');
      expect((await handle.store.listQuarantine(500)).length - quarantinedBefore).toBe(quarantined.length);
      expect(outcomes.filter((o) => o.status === 'ingested').length).toBeGreaterThan(30);
    });
  });
}

const redisUrl = process.env.HERALD_TEST_REDIS_URL;
describe.skipIf(!redisUrl)('herald ingest with REDIS_URL', { timeout: 180_000 }, () => {
  it('tells the desks open on running nodes about what it ingested', async () => {
    const { Redis } = await import('ioredis');
    const subscriber = new Redis(redisUrl as string);
    const heard: string[] = [];
    subscriber.on('message', (_channel: string, message: string) => heard.push(message));
    await subscriber.subscribe('herald:events');
    const dir = makeTempDir('herald-cli-redis-');
    const guid = `urn:cli:redis:${Date.now()}`;
    fs.writeFileSync(path.join(dir, 'a.xml'), g2File({ guid }));
    try {
      const run = await herald(['ingest', path.join(dir, 'a.xml')], { HERALD_DATA_DIR: dir, REDIS_URL: redisUrl as string });
      expect([run.code, run.stderr, run.lines]).toEqual([0, '', [`ingested ${guid} v1`]]);
      await vi.waitFor(() => expect(heard.some((m) => m.includes(`"type":"wire.ingested"`) && m.includes(guid))).toBe(true), { timeout: 5000 });
    } finally {
      await subscriber.quit();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('herald ingest when the store cannot be opened', { timeout: 180_000 }, () => {
  it('exits 1 with the reason', async () => {
    const dir = makeTempDir('herald-cli-');
    fs.writeFileSync(path.join(dir, 'a.xml'), g2File({ guid: 'urn:cli:x' }));
    const run = await herald(['ingest', path.join(dir, 'a.xml')], { HERALD_DATA_DIR: dir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
