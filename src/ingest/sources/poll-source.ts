/**
 * Polls an agency feed URL (RSS, Atom, a ninjs list, any file the parsers
 * know) every `intervalSeconds`, each fetched document ingested as one file.
 * The validators (ETag, Last-Modified) are kept in memory per source and sent
 * back as If-None-Match / If-Modified-Since, so an unchanged feed costs a 304
 * and nothing else; a body identical to the last one is skipped too (for
 * servers without validators). Validators are kept only after the document
 * was stored, so a failed ingest is fetched again next time. Errors are
 * logged and the next round comes anyway.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PollSourceConfig } from '../../config/wire-sources.js';
import type { IngestOutcome } from '../../operations/ingest-wire-file.js';
import { DEFAULT_MAX_WIRE_BYTES } from '../wire-limits.js';
import { readLimited } from './read-limited.js';
import { repeat, silentLog, type IngestFile, type RunningSource, type SourceLog } from './source-types.js';

export type PollResult =
  | { status: 'not-modified' }
  | { status: 'same-body' }
  | { status: 'fetched'; outcomes: IngestOutcome[] }
  | { status: 'failed'; error: string };

export interface PollSource extends RunningSource {
  /** One request now (also what the timer runs). */
  poll(): Promise<PollResult>;
}

export interface PollSourceDeps {
  ingest: IngestFile;
  log?: SourceLog;
  fetch?: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
  autoStart?: boolean;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export function createPollSource(config: Pick<PollSourceConfig, 'name' | 'url' | 'intervalSeconds' | 'headers'>, deps: PollSourceDeps): PollSource {
  const log = deps.log ?? silentLog;
  const fetchImpl = deps.fetch ?? fetch;
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_WIRE_BYTES;
  const fileName = path.posix.basename(new URL(config.url).pathname) || `${config.name}-feed`;
  const validators: { etag?: string; lastModified?: string; hash?: string } = {};
  let running: Promise<PollResult> | null = null;

  async function round(): Promise<PollResult> {
    const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': 'Herald wire poller', ...config.headers };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    let outcomes: IngestOutcome[];
    try {
      const response = await fetchImpl(config.url, { headers, signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000) });
      if (response.status === 304) {
        await response.body?.cancel().catch(() => {});
        return { status: 'not-modified' };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new Error(`the feed answered ${response.status} ${response.statusText}`.trim());
      }
      const bytes = await readLimited(response, maxBytes);
      const hash = createHash('sha256').update(bytes).digest('hex');
      const etag = response.headers.get('etag') ?? undefined;
      const lastModified = response.headers.get('last-modified') ?? undefined;
      if (hash !== validators.hash) {
        const contentType = response.headers.get('content-type') ?? undefined;
        outcomes = await deps.ingest({
          bytes, fileName, source: `poll:${config.name}`, ...(contentType ? { contentType } : {}),
        });
      } else {
        outcomes = [];
      }
      Object.assign(validators, { etag, lastModified, hash });
      return outcomes.length ? { status: 'fetched', outcomes } : { status: 'same-body' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn(`Polling wire feed ${config.name} failed; next try in ${config.intervalSeconds} s`, { url: config.url, err: message });
      return { status: 'failed', error: message };
    }
  }

  const poll = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = deps.autoStart === false ? null : repeat(config.intervalSeconds * 1000, poll, () => {});
  if (timer) void poll();
  return {
    name: config.name,
    kind: 'poll',
    poll,
    async stop() {
      await timer?.stop();
      await running;
    },
  };
}
