/** HERALD_BACKUP_* settings: defaults, and mistakes named by their variable. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBackupConfig } from '../../src/config/backup-config.js';

describe('backup configuration', () => {
  it('defaults to ./backups, no schedule, keep 7', () => {
    expect(loadBackupConfig({})).toEqual({ backup: { dir: path.resolve('backups'), intervalHours: 0, keep: 7 } });
  });

  it('reads the directory, a fractional interval and keep', () => {
    expect(loadBackupConfig({ HERALD_BACKUP_DIR: '/srv/backups', HERALD_BACKUP_INTERVAL_HOURS: '0.5', HERALD_BACKUP_KEEP: '30' })).toEqual({
      backup: { dir: '/srv/backups', intervalHours: 0.5, keep: 30 },
    });
  });

  it.each([
    [{ HERALD_BACKUP_INTERVAL_HOURS: '-1' }, 'HERALD_BACKUP_INTERVAL_HOURS'],
    [{ HERALD_BACKUP_INTERVAL_HOURS: 'daily' }, 'HERALD_BACKUP_INTERVAL_HOURS'],
    [{ HERALD_BACKUP_INTERVAL_HOURS: '0.001' }, 'HERALD_BACKUP_INTERVAL_HOURS'],
    [{ HERALD_BACKUP_KEEP: '0' }, 'HERALD_BACKUP_KEEP'],
    [{ HERALD_BACKUP_KEEP: '2.5' }, 'HERALD_BACKUP_KEEP'],
  ])('refuses %j naming the variable', (env, variable) => {
    expect(() => loadBackupConfig(env)).toThrow(`Invalid configuration: ${variable}:`);
  });
});
