/**
 * One chaos round's mixed burst against a live server: article creates, saves,
 * publishes and corrections through the admin API, wire pushes, drop-folder
 * files and image uploads, from a few concurrent workers, until the server is
 * killed under them. Only 2xx answers go into the ledger as acknowledged; a
 * request that dies with the connection is recorded as in flight.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { SeededRandom } from '../../src/domain/seeded-random.js';
import type { AdminSession } from './admin-session.js';
import type { ArticleRecord, ArticleState, Ledger, RoundCounts } from './chaos-ledger.js';

export interface Newsroom {
  sectionId: number;
  topicIds: number[];
  authorIds: number[];
}

export interface BurstContext {
  admin: AdminSession;
  baseUrl: string;
  pushSource: string;
  pushToken: string;
  dropDir: string;
  newsroom: Newsroom;
  ledger: Ledger;
  counts: RoundCounts;
  random: SeededRandom;
  /** Unique names across rounds and runs. */
  runId: string;
  next(): number;
  /** True once the server has been killed: workers finish their request in hand and stop. */
  stopped(): boolean;
}

const isNetworkFailure = (error: unknown) => error instanceof TypeError; // undici's "fetch failed" (refused, reset, closed)

const pick = <T>(random: SeededRandom, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const some = (random: SeededRandom, list: readonly number[], most: number) =>
  [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(random, list)))];

const paragraph = (text: string) => ({ type: 'paragraph', spans: [{ text }] });

/** Sends a request; 2xx → parsed body, network failure → 'lost connection', anything else → recorded as unexpected. */
async function call(ctx: BurstContext, label: string, send: () => Promise<Response>): Promise<{ ok: true; body: any } | { ok: false; inFlight: boolean }> {
  try {
    const response = await send();
    const text = await response.text();
    if (response.status >= 200 && response.status < 300) return { ok: true, body: text ? JSON.parse(text) : null };
    if (!ctx.stopped()) ctx.counts.unexpected.push(`${label}: ${response.status} ${text.slice(0, 200)}`);
    return { ok: false, inFlight: false };
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    return { ok: false, inFlight: true };
  }
}

function acknowledge(record: ArticleRecord, body: { revision: number }, state: ArticleState): void {
  record.revision = body.revision;
  record.state = state;
  record.acknowledged.set(body.revision, state.headline);
}

async function createArticle(ctx: BurstContext): Promise<void> {
  const { random, newsroom } = ctx;
  const n = ctx.next();
  const image = ctx.ledger.images.length > 0 && random() < 0.3 ? pick(random, ctx.ledger.images).id : null;
  const state: ArticleState = {
    headline: `Chaos ${ctx.runId} article ${n}`,
    status: 'draft',
    topicIds: some(random, newsroom.topicIds, 3),
    authorIds: some(random, newsroom.authorIds, 2),
    leadImageId: image,
    notices: 0,
  };
  const result = await call(ctx, 'create article', () =>
    ctx.admin.request('POST', '/api/admin/articles', {
      editionCode: 'en', sectionId: newsroom.sectionId, headline: state.headline, teaser: `Teaser ${n}`,
      body: [paragraph(`Body of chaos article ${n}. `.repeat(20))], topicIds: state.topicIds, authorIds: state.authorIds, leadImageId: image,
    }),
  );
  if (!result.ok) return;
  const record: ArticleRecord = { id: result.body.id, revision: 0, state, acknowledged: new Map(), pending: null, busy: false };
  acknowledge(record, result.body, state);
  ctx.ledger.articles.set(record.id, record);
  ctx.counts.articleWrites++;
}

/** A save (draft), a publish (draft) or a correction (published) of an article no other worker holds. */
async function changeArticle(ctx: BurstContext): Promise<void> {
  const free = [...ctx.ledger.articles.values()].filter((a) => !a.busy && a.pending === null);
  if (free.length === 0) return createArticle(ctx);
  const record = pick(ctx.random, free.slice(-50));
  record.busy = true;
  try {
    const n = ctx.next();
    const { state } = record;
    let next: ArticleState;
    let send: () => Promise<Response>;
    if (state.status === 'published') {
      next = { ...state, headline: `Chaos ${ctx.runId} corrected ${n}`, notices: state.notices + 1 };
      send = () => ctx.admin.request('POST', `/api/admin/articles/${record.id}/correct`, {
        revision: record.revision, headline: next.headline, notice: { kind: 'correction', text: `Correction ${n}.` },
      });
    } else if (ctx.random() < 0.4) {
      next = { ...state, status: 'published' };
      send = () => ctx.admin.request('POST', `/api/admin/articles/${record.id}/publish`, { revision: record.revision });
    } else {
      next = { ...state, headline: `Chaos ${ctx.runId} saved ${n}`, topicIds: some(ctx.random, ctx.newsroom.topicIds, 3) };
      send = () => ctx.admin.request('PUT', `/api/admin/articles/${record.id}`, {
        revision: record.revision, headline: next.headline, topicIds: next.topicIds, body: [paragraph(`Saved body ${n}.`)],
      });
    }
    const result = await call(ctx, `change article ${record.id}`, send);
    if (result.ok) {
      acknowledge(record, result.body, next);
      ctx.counts.articleWrites++;
    } else if (result.inFlight) record.pending = next;
  } finally {
    record.busy = false;
  }
}

function ninjs(guid: string, version: number, headline: string): string {
  return JSON.stringify({
    guid, version, type: 'text', language: 'en', pubstatus: 'usable', urgency: 4, headline,
    versioncreated: new Date().toISOString(), provider: { name: 'Chaos Agency' },
    body_html: `<p>${headline}: wire copy for the crash test.</p>`,
  });
}

async function pushWire(ctx: BurstContext): Promise<void> {
  const n = ctx.next();
  // Sometimes a new version of an acknowledged story, which must supersede without losing the old one.
  const previous = ctx.ledger.wire.length > 0 && ctx.random() < 0.25 ? pick(ctx.random, ctx.ledger.wire) : null;
  const guid = previous?.guid ?? `urn:chaos:${ctx.runId}:push:${n}`;
  const version = (ctx.ledger.sentVersions.get(guid) ?? 0) + 1;
  ctx.ledger.sentVersions.set(guid, version);
  const headline = `Chaos wire ${n} version ${version}`;
  const result = await call(ctx, 'wire push', () =>
    fetch(`${ctx.baseUrl}/ingest/${ctx.pushSource}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.pushToken}`, 'content-type': 'application/json', 'x-wire-filename': `push-${n}.json` },
      body: ninjs(guid, version, headline),
    }),
  );
  if (!result.ok) return;
  const outcomes = result.body.outcomes ?? result.body;
  if (!Array.isArray(outcomes) || outcomes.some((o: { status?: string }) => o.status !== 'ingested'))
    ctx.counts.unexpected.push(`wire push ${guid} v${version}: ${JSON.stringify(result.body).slice(0, 200)}`);
  ctx.ledger.wire.push({ guid, version, headline, via: 'push' });
  ctx.counts.pushes++;
}

/** Written under *.tmp, then renamed: the folder source never sees half a file. */
async function dropWire(ctx: BurstContext): Promise<void> {
  const n = ctx.next();
  const guid = `urn:chaos:${ctx.runId}:drop:${n}`;
  const headline = `Chaos drop ${n}`;
  const file = `chaos-${ctx.runId}-${n}.json`;
  await fs.writeFile(path.join(ctx.dropDir, `${file}.tmp`), ninjs(guid, 1, headline));
  await fs.rename(path.join(ctx.dropDir, `${file}.tmp`), path.join(ctx.dropDir, file));
  ctx.ledger.drops.push({ guid, version: 1, headline, via: 'folder', file });
  ctx.counts.drops++;
}

/** A small PNG of seeded noise (so every upload is a new file), wide enough for one derivative. */
async function uploadImage(ctx: BurstContext): Promise<void> {
  const width = 500;
  const height = 40;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(ctx.random() * 256);
  const png = await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
  const n = ctx.next();
  const result = await call(ctx, 'image upload', () => ctx.admin.send('POST', `/api/admin/images?${new URLSearchParams({ alt: `Chaos picture ${n}`, caption: `Noise ${n}`, creditName: 'Chaos Bench' })}`, png, 'image/png'));
  if (!result.ok) return;
  ctx.ledger.images.push({ id: result.body.id, fileName: String(result.body.url).split('/').pop() as string });
  ctx.counts.images++;
}

const OPERATIONS: [number, (ctx: BurstContext) => Promise<void>][] = [
  [0.2, createArticle], [0.35, changeArticle], [0.15, pushWire], [0.15, dropWire], [0.15, uploadImage],
];

/** One worker: random operations, one at a time, until the server is gone. */
export async function runWorker(ctx: BurstContext): Promise<void> {
  while (!ctx.stopped()) {
    let roll = ctx.random();
    const operation = OPERATIONS.find(([weight]) => (roll -= weight) < 0)?.[1] ?? createArticle;
    await operation(ctx);
  }
}
