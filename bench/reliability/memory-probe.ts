/**
 * Preloaded into the soak's server (`node --expose-gc --import <this>`): every
 * HERALD_MEMORY_PROBE_MS it runs a full garbage collection and prints the
 * resident set and live heap right after it. Without this, RSS is a sawtooth
 * of garbage piling up between major collections (tens of MB a minute under
 * load, then a drop) and a line fitted through it says more about where the
 * collector happened to be than about leaks; after a full collection only
 * what the server still holds is counted.
 *
 * The resident set is also split as the kernel counts it (/proc/self/status):
 * anonymous memory (what the process allocated: JS heap, native buffers,
 * SQLite's page cache) and file-backed pages (mapped code and SQLite's
 * memory-mapped database, which the kernel can drop and refetch), so the soak
 * can tell a leak from a mapped file being read in.
 */
import fs from 'node:fs';

/** RssAnon, RssFile and RssShmem in MB, or null where /proc is missing (not Linux). */
function residentParts(): { anonMb: number; fileMb: number; shmemMb: number } | null {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    const parts = { anonMb: kb('RssAnon') / 1024, fileMb: kb('RssFile') / 1024, shmemMb: kb('RssShmem') / 1024 };
    return Object.values(parts).every(Number.isFinite) ? parts : null;
  } catch {
    return null;
  }
}

const interval = Number(process.env.HERALD_MEMORY_PROBE_MS ?? 0);
const collect = (globalThis as { gc?: () => void }).gc;
if (interval > 0 && collect) {
  const timer = setInterval(() => {
    collect();
    const { rss, heapUsed, heapTotal, arrayBuffers } = process.memoryUsage();
    const mb = (bytes: number) => bytes / 2 ** 20;
    process.stdout.write(`memory-probe ${JSON.stringify({ at: Date.now(), rssMb: mb(rss), heapMb: mb(heapUsed), heapTotalMb: mb(heapTotal), buffersMb: mb(arrayBuffers), ...residentParts() })}\n`);
  }, interval);
  timer.unref(); // never what keeps the server alive
}
