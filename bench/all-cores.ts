/**
 * Measuring "all cores" (bench/run.ts): Herald as `npm start` runs it by
 * default, a cluster with a worker per core, against the single pinned
 * process; and, as a yardstick for that ratio, what this machine gives
 * several copies of Herald's own page building that share nothing (on this
 * shared VM two copies reached 1.7-2.0 times one copy).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** User + system CPU seconds a process has used (/proc/PID/stat, in clock ticks of 1/100 s). */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The CPU of a process and all its descendants (a cluster's primary and workers). */
export function treeCpuSeconds(pid: number): number {
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // The process ended: nothing more to count.
  }
  let total = 0;
  try {
    total = cpuSeconds(pid);
  } catch {
    return 0;
  }
  return children.reduce((sum, child) => sum + treeCpuSeconds(child), total);
}

interface CopyResult {
  pages: number;
  seconds: number;
}

interface Copy {
  ready: Promise<void>;
  go(): void;
  done: Promise<CopyResult>;
  stop(): void;
}

function startCopy(dataDir: string, pathsFile: string, warmPages: number, seconds: number): Copy {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/page-builder-load.ts', dataDir, pathsFile, String(warmPages), String(seconds)], {
    cwd: root, stdio: ['pipe', 'pipe', 'inherit'],
  });
  // A copy that already ended makes the write to its stdin fail; its exit says why.
  child.stdin.on('error', () => {});
  let out = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('READY')) markReady();
  });
  const done = new Promise<CopyResult>((resolve, reject) => {
    // 'close', not 'exit': by then its stdout is read to the end, the PAGES line included.
    child.on('close', (code) => {
      const match = out.match(/PAGES (\d+) ([\d.]+)/);
      if (code === 0 && match) resolve({ pages: Number(match[1]), seconds: Number(match[2]) });
      else reject(new Error(`bench/page-builder-load.ts exited ${code}: ${out}`));
    });
  });
  return {
    ready: Promise.race([ready, done.then(() => undefined)]), go: () => child.stdin.end('go\n'), done,
    stop: () => void (child.exitCode === null && child.kill()),
  };
}

/** Starts the copies, waits until every one has warmed, then lets them all measure at once. */
async function runCopies(count: number, dataDir: string, pathsFile: string, warmPages: number, seconds: number): Promise<number> {
  const copies = Array.from({ length: count }, () => startCopy(dataDir, pathsFile, warmPages, seconds));
  try {
    await Promise.all(copies.map((c) => c.ready));
    for (const c of copies) c.go();
    const results = await Promise.all(copies.map((c) => c.done));
    return results.reduce((sum, r) => sum + r.pages / r.seconds, 0);
  } finally {
    // One copy failing leaves the others waiting on stdin: none may outlive the bench.
    for (const c of copies) c.stop();
  }
}

export interface MachineParallelism {
  copies: number;
  /** Pages a second one copy builds alone. */
  single: number;
  /** Pages a second all copies build together. */
  together: number;
  /** together / single: what `copies` processes get from this machine, with nothing shared between them. */
  ratio: number;
}

/**
 * One copy of the page builder alone, then one per core at once, each over the
 * same pages, warmed by the same number of pages, measured in the same window.
 */
export async function measureMachineParallelism(dataDir: string, paths: string[], seconds: number, warmPages: number): Promise<MachineParallelism> {
  const copies = os.cpus().length;
  const pathsFile = path.join(os.tmpdir(), `herald-bench-builder-paths-${process.pid}.json`);
  fs.writeFileSync(pathsFile, JSON.stringify(paths));
  try {
    const single = await runCopies(1, dataDir, pathsFile, warmPages, seconds);
    const together = await runCopies(copies, dataDir, pathsFile, warmPages, seconds);
    return { copies, single, together, ratio: together / single };
  } finally {
    fs.rmSync(pathsFile, { force: true });
  }
}
