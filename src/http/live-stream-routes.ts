/**
 * Readers' side of live coverage: the script, entry permalinks and the
 * server-sent event stream of a live page (`GET /{edition}/live/{id}/events`).
 *
 * One listener on the event bus serves every open stream of this process:
 * `live.entry_changed` (from this process or, through the event transport,
 * any other) is looked up and rendered once with the page's own component,
 * then written to that article's streams. Streams are capped per process
 * (503 beyond), a reader who stops reading is dropped rather than buffered,
 * heartbeats keep proxies from timing out, and closing the coverage ends
 * its streams (answering 204 thereafter, which stops EventSource retrying).
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { articlePath, isPubliclyVisible, type Article } from '../domain/article.js';
import { livePageOf, type LiveEntry } from '../domain/live-coverage.js';
import type { EventBus } from '../events/event-bus.js';
import type { ContentReader } from '../operations/ports.js';
import { liveScript } from '../site/assets/live-script.js';
import type { Messages } from '../site/i18n/messages.js';
import { buildLiveEntryModels } from '../site/models/live-coverage-model.js';
import type { EditionDirectory, SiteDirectory } from '../site/site-directory.js';
import { LiveEntry as LiveEntryView } from '../site/views/live-coverage.js';
import { IMMUTABLE } from './security-headers.js';
import { openEventStream } from '../api/event-stream.js';

export interface LiveStreamDeps {
  reader: ContentReader;
  events: EventBus;
  directory: () => SiteDirectory;
  messages: (lang: string) => Messages;
  now: () => Date;
  /** Open streams this process holds at most (each is a socket and a little memory). */
  maxStreams?: number;
  heartbeatMs?: number;
}

/** What a reconnecting reader is sent at most of what it missed; more means it should reload. */
const BACKLOG_LIMIT = 50;
/** Bytes a stream may have waiting unsent before the reader is dropped (its browser reconnects). */
const MAX_BUFFERED_BYTES = 256 * 1024;
const ID = /^[1-9]\d{0,14}$/;

interface Stream {
  res: ServerResponse;
  /** Entries already sent, so the backlog and the live feed never send one twice. */
  sent: Set<number>;
}

export function registerLiveStreamRoutes(app: FastifyInstance, deps: LiveStreamDeps): { openStreams: () => number } {
  const maxStreams = deps.maxStreams ?? 2000;
  const byArticle = new Map<number, Set<Stream>>();
  let open = 0;

  const script = liveScript();
  app.get(script.href, (_request, reply) => reply.type(script.contentType).header('cache-control', IMMUTABLE).send(script.body));

  async function visibleArticle(request: FastifyRequest): Promise<{ article: Article; dir: EditionDirectory } | null> {
    const { edition, articleId } = request.params as { edition: string; articleId: string };
    const dir = deps.directory().byCode.get(edition);
    if (!dir || !ID.test(articleId)) return null;
    const article = await deps.reader.getArticle(Number(articleId));
    if (!article || article.editionCode !== edition || !isPubliclyVisible(article, deps.now())) return null;
    return { article, dir };
  }

  const notFound = (reply: FastifyReply) => reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found');

  async function renderEntries(dir: EditionDirectory, entries: LiveEntry[]): Promise<{ id: number; html: string }[]> {
    const messages = deps.messages(dir.edition.lang);
    const models = await buildLiveEntryModels(deps.reader, dir, entries);
    return models.map((entry) => ({ id: entry.id, html: LiveEntryView({ entry, messages }).html }));
  }

  function write(stream: Stream, text: string) {
    if (stream.res.writableLength > MAX_BUFFERED_BYTES) return void stream.res.destroy();
    stream.res.write(text);
  }

  function sendEntry(stream: Stream, entry: { id: number; html: string }) {
    if (stream.sent.has(entry.id)) return;
    stream.sent.add(entry.id);
    write(stream, `id: ${entry.id}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`);
  }

  const unsubscribe = deps.events.on('live.entry_changed', async (event) => {
    const streams = byArticle.get(event.articleId);
    if (!streams || streams.size === 0) return;
    if (event.change === 'closed') {
      for (const stream of streams) {
        write(stream, 'event: closed\ndata: {}\n\n');
        stream.res.end();
      }
      return;
    }
    if (event.entryId === null) return;
    if (event.change === 'deleted') {
      for (const stream of streams) write(stream, `event: remove\ndata: ${JSON.stringify({ id: event.entryId })}\n\n`);
      return;
    }
    if (event.change !== 'added' && event.change !== 'edited') return;
    const dir = deps.directory().byCode.get(event.editionCode);
    const entry = await deps.reader.live.getLiveEntry(event.entryId);
    if (!dir || !entry) return;
    const [rendered] = await renderEntries(dir, [entry]);
    if (!rendered) return;
    for (const stream of byArticle.get(event.articleId) ?? []) {
      if (event.change === 'added') sendEntry(stream, rendered);
      else write(stream, `event: update\ndata: ${JSON.stringify(rendered)}\n\n`);
    }
  });

  // A stable link to one entry: it moves to later pages as newer ones arrive, so this finds its page now.
  app.get('/:edition/live/:articleId/entries/:entryId', async (request, reply) => {
    const found = await visibleArticle(request);
    const entryId = (request.params as { entryId: string }).entryId;
    if (!found || !ID.test(entryId)) return notFound(reply);
    const entry = await deps.reader.live.getLiveEntry(Number(entryId));
    if (!entry || entry.articleId !== found.article.id) return notFound(reply);
    const page = entry.pinned ? 1 : livePageOf(await deps.reader.live.countLiveEntriesNewerThan(found.article.id, entry.id));
    const path = articlePath(found.article) + (page > 1 ? `?page=${page}` : '');
    return reply.header('cache-control', 'public, max-age=30').redirect(`${path}#entry-${entry.id}`, 302);
  });

  app.get('/:edition/live/:articleId/events', async (request, reply) => {
    const found = await visibleArticle(request);
    if (!found) return notFound(reply);
    const { article, dir } = found;
    const coverage = await deps.reader.live.getLiveCoverage(article.id);
    // 204 tells EventSource to stop reconnecting: there is nothing (more) to follow.
    if (!coverage || coverage.state !== 'open') return reply.code(204).header('cache-control', 'no-store').send();
    if (open >= maxStreams)
      return reply.code(503).header('retry-after', '30').header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Too many live readers on this server; retrying shortly.');
    const header = request.headers['last-event-id'];
    const given = [(request.query as { after?: string }).after, typeof header === 'string' ? header : undefined];
    const valid = given.filter((v): v is string => v !== undefined && /^\d{1,15}$/.test(v)).map(Number);

    const res = openEventStream(reply);
    const stream: Stream = { res, sent: new Set() };
    const streams = byArticle.get(article.id) ?? new Set<Stream>();
    byArticle.set(article.id, streams);
    streams.add(stream);
    open += 1;
    const heartbeat = setInterval(() => write(stream, ': heartbeat\n\n'), deps.heartbeatMs ?? 15_000);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(stream);
      if (streams.size === 0) byArticle.delete(article.id);
      open -= 1;
    });
    // Subscribed first, then the backlog: an entry added in between arrives once (`sent`), never not at all.
    if (valid.length > 0) {
      const missed = await deps.reader.live.listLiveEntriesAfter(article.id, Math.max(...valid), BACKLOG_LIMIT);
      for (const entry of await renderEntries(dir, missed)) if (!res.destroyed) sendEntry(stream, entry);
    }
  });

  // Open streams would hold the server open: end them when it closes.
  app.addHook('preClose', async () => {
    unsubscribe();
    for (const streams of byArticle.values()) for (const stream of streams) stream.res.destroy();
    byArticle.clear();
  });

  return { openStreams: () => open };
}
