/** Backup folder names: `herald-backup-20261130T061735Z` (UTC), so sorting by name sorts by time. */
export const BACKUP_NAME = /^herald-backup-(\d{8}T\d{6}Z)(?:-(\d+))?$/;

export function backupFolderName(at: Date): string {
  return `herald-backup-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}`;
}

/** Orders backup folder names oldest first (`-10` after `-9` in the same second). */
export function compareBackupNames(a: string, b: string): number {
  const [, stampA = '', nA = '1'] = BACKUP_NAME.exec(a) ?? [];
  const [, stampB = '', nB = '1'] = BACKUP_NAME.exec(b) ?? [];
  return stampA === stampB ? Number(nA) - Number(nB) : stampA < stampB ? -1 : 1;
}

/** When a backup folder was made, from its name; null for another name. */
export function backupTime(name: string): Date | null {
  const stamp = BACKUP_NAME.exec(name)?.[1];
  if (!stamp) return null;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  return new Date(iso);
}
