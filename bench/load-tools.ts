/**
 * Runs one load scenario with wrk (Debian's `wrk`, preferred: a C generator
 * costs the shared cores far less than Node) or, without it, autocannon in a
 * separate process; either pinned with taskset to the core Herald is not on.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface LoadResult {
  rps: number;
  /** Requests completed in the run (for CPU time per request). */
  requests: number;
  p50: number;
  p99: number;
  /** Responses that were neither 2xx nor 3xx, plus socket errors and timeouts. */
  failed: number;
}

export interface LoadJob {
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

export const loadTool: 'wrk' | 'autocannon' = hasCommand('wrk') ? 'wrk' : 'autocannon';
const pin = (core: string, args: string[]) => (hasCommand('taskset') && os.cpus().length > 1 ? ['taskset', '-c', core, ...args] : args);
/** Herald and the ceiling run on core 0, the load generator on the last core. */
export const serverPin = (args: string[]) => pin('0', args);
const generatorPin = (args: string[]) => pin(String(os.cpus().length - 1), args);

function runCollecting(argv: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${argv.join(' ')} exited ${code}`))));
  });
}

function wrkScript(job: LoadJob): string {
  const lua = `
local paths = {${job.paths.map((p) => JSON.stringify(p)).join(',')}}
local i = 0
${Object.entries(job.headers ?? {}).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join('\n')}
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %f %f %d\\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
`;
  const file = path.join(os.tmpdir(), `herald-bench-${process.pid}-${Date.now()}.lua`);
  fs.writeFileSync(file, lua);
  return file;
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  if (loadTool === 'wrk') {
    const script = wrkScript(job);
    try {
      const threads = Math.min(2, job.connections);
      const out = await runCollecting(generatorPin(['wrk', `-t${threads}`, `-c${job.connections}`, `-d${job.seconds}s`, '--timeout', '5s', '-s', script, job.url]));
      const match = out.match(/BENCH (\d+) (\d+) ([\d.]+) ([\d.]+) (\d+)/);
      if (!match) throw new Error(`wrk printed no summary: ${out}`);
      const [, requests, durationUs, p50Us, p99Us, failed] = match.map(Number) as number[];
      return { rps: (requests as number) / ((durationUs as number) / 1e6), requests: requests as number, p50: (p50Us as number) / 1000, p99: (p99Us as number) / 1000, failed: failed as number };
    } finally {
      fs.rmSync(script, { force: true });
    }
  }
  const out = await runCollecting(
    generatorPin([process.execPath, '--import', 'tsx', 'bench/autocannon-worker.ts', JSON.stringify({ headers: {}, ...job })]),
  );
  return JSON.parse(out) as LoadResult;
}
