/**
 * The fallback load generator when wrk is not installed: autocannon in its own
 * process (bench/load-tools.ts pins it to another core with taskset), so the
 * generator does not share an event loop with anything it measures. Reads its
 * job as JSON from argv[2], prints autocannon's result as JSON.
 */
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2] as string) as { url: string; paths: string[]; connections: number; seconds: number; headers: Record<string, string> };
const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  headers: job.headers,
  requests: job.paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(JSON.stringify({
  rps: result.requests.average,
  requests: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  failed: result.errors + result.timeouts + result.non2xx - (result['3xx'] ?? 0),
  statuses: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
}));
