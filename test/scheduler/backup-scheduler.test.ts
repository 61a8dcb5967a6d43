/** Scheduled backups on an injected clock: due by the newest backup's age (restart-safe), pruned to `keep`, off at 0. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupScheduler, type BackupClock } from '../../src/scheduler/backup-scheduler.js';
import { listBackups } from '../../src/storage/backup/backup-retention.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir } from '../helpers/test-stores.js';

const HOUR = 3_600_000;

/** A clock the test moves by hand; `fire()` runs what the scheduler registered, as its timer would. */
function manualClock(start: string) {
  let now = new Date(start).getTime();
  const timers: { ms: number; fn: () => void }[] = [];
  const clock: BackupClock = {
    now: () => new Date(now),
    every(ms, fn) {
      const timer = { ms, fn };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  return { clock, timers, advance: (ms: number) => (now += ms) };
}

describe('the backup scheduler', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeTempDir('herald-scheduled-data-');
    await (await openMigratedStore(openSqlite(path.join(dataDir, 'herald.db')))).close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('backs up when due, not again within the interval, and keeps only the newest N', async () => {
    const dir = makeTempDir('herald-scheduled-');
    const { clock, timers, advance } = manualClock('2026-03-01T00:00:00Z');
    const removedLog: string[][] = [];
    const scheduler = createBackupScheduler({
      dataDir, dir, intervalHours: 6, keep: 3, clock, checkEveryMs: 60_000, onBackup: (_result, removed) => removedLog.push(removed),
    });
    expect(timers.map((t) => t.ms)).toEqual([60_000]);

    expect(path.basename((await scheduler.check())?.folder ?? '')).toBe('herald-backup-20260301T000000Z');
    advance(5 * HOUR);
    expect(await scheduler.check()).toBeNull();
    for (let i = 0; i < 4; i++) {
      advance(HOUR + (i === 0 ? 0 : 5 * HOUR));
      expect(await scheduler.check()).not.toBeNull();
    }
    expect(await listBackups(dir)).toEqual([
      'herald-backup-20260301T120000Z', 'herald-backup-20260301T180000Z', 'herald-backup-20260302T000000Z',
    ]);
    expect(removedLog).toEqual([[], [], [], ['herald-backup-20260301T000000Z'], ['herald-backup-20260301T060000Z']]);

    scheduler.stop();
    expect(timers).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('after a restart, waits for the interval since the newest backup on disk', async () => {
    const dir = makeTempDir('herald-scheduled-');
    const first = manualClock('2026-03-01T00:00:00Z');
    await createBackupScheduler({ dataDir, dir, intervalHours: 24, keep: 7, clock: first.clock }).check();
    // A new process 23 hours later: nothing due yet; an hour after that, one backup.
    const restarted = manualClock('2026-03-01T23:00:00Z');
    let backedUp!: () => void;
    const done = new Promise<void>((resolve) => (backedUp = resolve));
    const scheduler = createBackupScheduler({ dataDir, dir, intervalHours: 24, keep: 7, clock: restarted.clock, onBackup: () => backedUp() });
    expect(await scheduler.check()).toBeNull();
    restarted.advance(HOUR);
    // The timer is what runs it in the server.
    restarted.timers[0]?.fn();
    await done;
    expect(await listBackups(dir)).toEqual(['herald-backup-20260301T000000Z', 'herald-backup-20260302T000000Z']);
    scheduler.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers no timer when the interval is 0', () => {
    const { clock, timers } = manualClock('2026-03-01T00:00:00Z');
    createBackupScheduler({ dataDir, dir: makeTempDir('herald-scheduled-'), intervalHours: 0, keep: 7, clock });
    expect(timers).toEqual([]);
  });

  it('reports a failed backup and removes nothing', async () => {
    const dir = makeTempDir('herald-scheduled-');
    const { clock, timers } = manualClock('2026-03-01T00:00:00Z');
    const errors: unknown[] = [];
    let failed!: () => void;
    const reported = new Promise<void>((resolve) => (failed = resolve));
    createBackupScheduler({
      dataDir: makeTempDir('herald-no-db-'), dir, intervalHours: 1, keep: 1, clock,
      onError: (error) => {
        errors.push(error);
        failed();
      },
    });
    timers[0]?.fn();
    await reported;
    expect(String(errors[0])).toContain('There is no database');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
