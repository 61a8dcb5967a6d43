/**
 * Quarantine retention: a refused wire file is evidence for a while (an editor
 * checks why AFP's file broke), then only disk. Files and their desk entries
 * older than the retention are removed; past the byte cap, the oldest go first
 * until the folder fits. Run periodically by the wire desk.
 *
 * Rows are deleted before files: a crash in between leaves an unlisted file,
 * which the next sweep removes by age, never a listed entry without its file
 * for longer than one pass.
 */
import type { OperationContext } from './context.js';

/** The quarantine folder as the sweep sees it (src/ingest/quarantine-files.ts). */
export interface QuarantineFolder {
  list(): Promise<{ storedName: string; size: number; keptAt: Date }[]>;
  remove(storedNames: readonly string[]): Promise<void>;
}

export interface QuarantineRetention {
  /** Files older than this many days are removed; 0 keeps them forever. */
  retentionDays: number;
  /** The folder is kept under this many bytes, oldest removed first; 0 sets no cap. */
  maxBytes: number;
}

export interface QuarantineSweep {
  removedFiles: number;
  removedEntries: number;
  freedBytes: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function sweepQuarantine(
  ctx: Pick<OperationContext, 'store' | 'now'>,
  folder: QuarantineFolder,
  retention: QuarantineRetention,
): Promise<QuarantineSweep> {
  const files = await folder.list();
  const expired: typeof files = [];
  let kept = files;
  let receivedBefore: string | undefined;
  if (retention.retentionDays > 0) {
    const cutoff = new Date(ctx.now().getTime() - retention.retentionDays * DAY_MS);
    receivedBefore = cutoff.toISOString();
    kept = files.filter((f) => (f.keptAt < cutoff ? (expired.push(f), false) : true));
  }
  const overCap: typeof files = [];
  if (retention.maxBytes > 0) {
    let total = kept.reduce((sum, f) => sum + f.size, 0);
    // `list` answers oldest first.
    for (const file of kept) {
      if (total <= retention.maxBytes) break;
      overCap.push(file);
      total -= file.size;
    }
  }
  const removed = [...expired, ...overCap];
  if (receivedBefore === undefined && removed.length === 0) return { removedFiles: 0, removedEntries: 0, freedBytes: 0 };
  const removedEntries = await ctx.store.transaction((tx) =>
    tx.deleteQuarantine({
      ...(receivedBefore === undefined ? {} : { receivedBefore }),
      storedNames: removed.map((f) => f.storedName),
    }),
  );
  await folder.remove(removed.map((f) => f.storedName));
  return { removedFiles: removed.length, removedEntries, freedBytes: removed.reduce((sum, f) => sum + f.size, 0) };
}
