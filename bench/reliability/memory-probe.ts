/**
 * Preloaded into the soak's server (`node --expose-gc --import <this>`): every
 * HERALD_MEMORY_PROBE_MS it runs a full garbage collection and prints the
 * resident set and live heap right after it. Without this, RSS is a sawtooth
 * of garbage piling up between major collections (tens of MB a minute under
 * load, then a drop) and a line fitted through it says more about where the
 * collector happened to be than about leaks; after a full collection only
 * what the server still holds is counted.
 */
const interval = Number(process.env.HERALD_MEMORY_PROBE_MS ?? 0);
const collect = (globalThis as { gc?: () => void }).gc;
if (interval > 0 && collect) {
  const timer = setInterval(() => {
    collect();
    const { rss, heapUsed } = process.memoryUsage();
    process.stdout.write(`memory-probe ${JSON.stringify({ at: Date.now(), rssMb: rss / 2 ** 20, heapMb: heapUsed / 2 ** 20 })}\n`);
  }, interval);
  timer.unref(); // never what keeps the server alive
}
