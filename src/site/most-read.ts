/**
 * "Most read" per edition: the articles with the most reads in the last 24
 * hours, recomputed on a timer (not per request: the home page is cached and
 * the sum is a query). When an edition's list changes, `onChange` purges the
 * pages showing it, so a cached home is never stale for longer than one
 * interval, and an unchanged list costs no purge at all.
 */
import type { MostReadQuery } from '../operations/read-count-ports.js';
import { hourOf } from '../operations/record-article-reads.js';

export interface MostReadBoard {
  /** The edition's most-read article ids, most read first (empty until the first refresh). */
  get(editionCode: string): readonly number[];
  /** Recomputes every edition; returns the editions whose list changed. */
  refresh(): Promise<string[]>;
  start(): void;
  stop(): void;
}

export interface MostReadOptions {
  listMostRead(query: MostReadQuery): Promise<{ articleId: number; reads: number }[]>;
  editionCodes: () => string[];
  now: () => Date;
  limit?: number;
  intervalMs?: number;
  onChange?: (editionCode: string) => void;
  onError?: (error: unknown) => void;
}

export const MOST_READ_WINDOW_HOURS = 24;

export function createMostReadBoard(options: MostReadOptions): MostReadBoard {
  const limit = options.limit ?? 5;
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  const lists = new Map<string, readonly number[]>();
  let timer: NodeJS.Timeout | undefined;

  const board: MostReadBoard = {
    get: (editionCode) => lists.get(editionCode) ?? [],
    async refresh() {
      const now = options.now();
      // The current hour and the 23 before it.
      const sinceHour = hourOf(now.getTime() - (MOST_READ_WINDOW_HOURS - 1) * 3_600_000);
      const changed: string[] = [];
      for (const editionCode of options.editionCodes()) {
        const rows = await options.listMostRead({ editionCode, sinceHour, now: now.toISOString(), limit });
        const ids = rows.map((r) => r.articleId);
        const before = lists.get(editionCode) ?? [];
        if (ids.length === before.length && ids.every((id, i) => id === before[i])) continue;
        lists.set(editionCode, ids);
        changed.push(editionCode);
        options.onChange?.(editionCode);
      }
      return changed;
    },
    start() {
      if (timer || intervalMs <= 0) return;
      timer = setInterval(() => {
        board.refresh().catch((error: unknown) => options.onError?.(error));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
  return board;
}
