/** What every wire source is given and gives back. */
import type { FileIngestResult, IngestOutcome, WireFileInput } from '../../operations/ingest-wire-file.js';

/** Ingests one file (bound to the app's store, bus, clock and quarantine). */
export type IngestFile = (input: WireFileInput) => Promise<IngestOutcome[]>;

/** Ingests several files in one transaction, atomic per file (see ingestWireFiles). */
export type IngestFiles = (inputs: WireFileInput[]) => Promise<FileIngestResult[]>;

export interface SourceLog {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const silentLog: SourceLog = { info() {}, warn() {}, error() {} };

/** A source that runs on its own timer until stopped. */
export interface RunningSource {
  readonly name: string;
  readonly kind: 'folder' | 'poll';
  /** Stops the timer and waits for a round in progress to finish. */
  stop(): Promise<void>;
}

/** A timer that runs `round` every `intervalMs`, never two rounds at once, and waits for the last one on stop. */
export function repeat(intervalMs: number, round: () => Promise<unknown>, onError: (error: unknown) => void) {
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<unknown> | null = null;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = round()
        .catch(onError)
        .finally(() => {
          current = null;
          schedule();
        });
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
