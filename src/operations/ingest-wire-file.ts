/**
 * Ingests wire files: parse, then store every item of a file in one
 * transaction (an envelope is all or nothing). A higher version of a known
 * guid supersedes it; an equal or older one changes nothing, because agencies
 * resend. Kills, withholds and corrections raise alerts on adopted articles.
 * A file that cannot be parsed is quarantined with its reason and kept.
 *
 * `ingestWireFiles` stores several parsed files in one transaction (a drop
 * folder's backlog, the benchmark): commits, and the pages they rewrite, are
 * the largest cost of a small file. Atomicity stays per file: if anything in
 * the shared transaction fails, it is rolled back and every file is stored
 * again on its own, so one bad file never takes another down or half in.
 * Events are emitted only after the commit that made them true.
 */
import { describeWireAlert, wireAlertKind, type WireAlertKind } from '../domain/wire-alert.js';
import { bodyToPlainText } from '../domain/blocks.js';
import type { WireItem } from '../domain/wire-item.js';
import type { HeraldEvent } from '../domain/events.js';
import type { OperationContext } from './context.js';
import type { QuarantineFiles, WireFileParser, WireRefusal } from './ingest-ports.js';
import type { WireStory } from './wire-ports.js';
import { enqueueWireKillWebhook } from './webhook-enqueue.js';

export interface WireIngestContext extends OperationContext {
  parser: WireFileParser;
  quarantine: QuarantineFiles;
  maxWireBytes?: number;
}

export interface IngestOutcome {
  file: string;
  status: 'ingested' | 'unchanged' | 'quarantined';
  guid?: string;
  version?: number;
  reason?: string;
}

export interface WireFileInput {
  bytes: Uint8Array;
  fileName: string;
  /** Where it came from: `cli`, `folder:afp`, `push:dpa`, `poll:reuters`. */
  source: string;
  contentType?: string;
}

/** One file's result in a batch: its outcomes, or why it could not be stored (it then left nothing behind). */
export type FileIngestResult = { ok: true; outcomes: IngestOutcome[] } | { ok: false; error: unknown };

type Status = IngestOutcome['status'];
interface ParsedFile {
  index: number;
  input: WireFileInput;
  items: WireItem[];
}

const searchTextOf = (item: WireItem) =>
  [item.headline, item.slugline ?? '', item.byline ?? '', item.dateline ?? '', bodyToPlainText(item.body)]
    .join(' ')
    .toLowerCase()
    .slice(0, 20_000);

const versionKey = (item: WireItem) => `${item.guid} ${item.version}`;

const storyOf = (item: WireItem, itemId: number, at: string): WireStory => ({
  guid: item.guid, latestItemId: itemId, latestVersion: item.version, provider: item.provider, pubStatus: item.pubStatus,
  urgency: item.urgency, language: item.language, headline: item.headline, isCorrection: item.isCorrection,
  subjectCodes: item.subjects.map((s) => s.code), receivedAt: at, versionCreated: item.versionCreated,
});

/**
 * Stores the files in one transaction and returns each file's item statuses and the events to emit after commit.
 * The outcome of every item is decided first, in order, against the stored versions and the items before it
 * (a file may carry v1 and v2 of a story; a batch may carry a resend); then the new versions and the stories'
 * newest rows are written with a few multi-row statements, and alerts raised for adopted articles.
 */
async function storeFiles(ctx: WireIngestContext, files: ParsedFile[], at: string): Promise<{ statuses: Status[][]; emitted: HeraldEvent[] }> {
  return ctx.store.transaction(async (tx) => {
    const latest = await tx.latestWireVersions(files.flatMap((f) => f.items.map((i) => i.guid)));
    const statuses: Status[][] = [];
    const fresh: { item: WireItem; source: string; alert: WireAlertKind | null }[] = [];
    const newest = new Map<string, WireItem>();
    for (const file of files) {
      const mine: Status[] = [];
      for (const item of file.items) {
        const current = latest.get(item.guid);
        if (current !== undefined && item.version <= current) {
          mine.push('unchanged');
          continue;
        }
        mine.push('ingested');
        fresh.push({ item, source: file.input.source, alert: current === undefined ? null : wireAlertKind(item) });
        latest.set(item.guid, item.version);
        newest.set(item.guid, item);
      }
      statuses.push(mine);
    }
    if (fresh.length === 0) return { statuses, emitted: [] };

    const ids = await tx.insertWireItems(fresh.map(({ item, source }) => ({ item, source, receivedAt: at })));
    const idOf = (item: WireItem) => {
      const id = ids.get(versionKey(item));
      if (id === undefined) throw new Error(`The store returned no id for ${versionKey(item)}.`);
      return id;
    };
    await tx.upsertWireStories([...newest.values()].map((item) => ({ story: storyOf(item, idOf(item), at), searchText: searchTextOf(item) })));

    const emitted: HeraldEvent[] = [];
    for (const { item, alert } of fresh) {
      emitted.push({ type: 'wire.ingested', guid: item.guid, version: item.version, at });
      if (!alert) continue;
      for (const article of await tx.findArticlesByWireGuid(item.guid)) {
        const message = describeWireAlert(alert, item.provider, item.versionCreated ?? at, article, article.wireVersion);
        const alertId = await tx.insertWireAlert({ articleId: article.id, guid: item.guid, version: item.version, kind: alert, message, createdAt: at });
        emitted.push({ type: 'wire.alerted', alertId, articleId: article.id, guid: item.guid, at });
        if (alert === 'canceled') await enqueueWireKillWebhook(tx, article.id, item, at);
      }
    }
    return { statuses, emitted };
  });
}

async function anotherWriterStoredOneOf(ctx: WireIngestContext, items: WireItem[]): Promise<boolean> {
  for (const item of items) {
    const story = await ctx.store.getWireStory(item.guid).catch(() => null);
    if (story && story.latestVersion >= item.version) return true;
  }
  return false;
}

const outcomesOf = (file: ParsedFile, statuses: Status[] | undefined): IngestOutcome[] =>
  file.items.map((item, i) => ({ file: file.input.fileName, status: statuses?.[i] ?? 'unchanged', guid: item.guid, version: item.version }));

/** One file in its own transaction. */
async function storeOneFile(ctx: WireIngestContext, file: ParsedFile, at: string): Promise<IngestOutcome[]> {
  let result: Awaited<ReturnType<typeof storeFiles>>;
  try {
    result = await storeFiles(ctx, [file], at);
  } catch (error) {
    // Another ingester stored the same guid and version between our read and write (the unique key refused ours):
    // run again, and it is now "unchanged". Any other failure (the whole file was rolled back) is the caller's.
    if (!(await anotherWriterStoredOneOf(ctx, file.items))) throw error;
    result = await storeFiles(ctx, [file], at);
  }
  for (const event of result.emitted) ctx.events.emit(event);
  return outcomesOf(file, result.statuses[0]);
}

async function quarantine(ctx: WireIngestContext, input: WireFileInput, rejection: WireRefusal, now: Date): Promise<IngestOutcome[]> {
  const at = now.toISOString();
  const storedName = await ctx.quarantine.keep(input.fileName, input.bytes, now);
  const quarantineId = await ctx.store.transaction((tx) =>
    tx.insertQuarantine({
      fileName: input.fileName, storedName, code: rejection.code, reason: rejection.reason, size: input.bytes.byteLength,
      source: input.source, receivedAt: at,
    }),
  );
  ctx.events.emit({ type: 'wire.quarantined', quarantineId, fileName: input.fileName, reason: rejection.reason, at });
  return [{ file: input.fileName, status: 'quarantined', reason: rejection.reason }];
}

/** Ingests several files: quarantines what cannot be parsed, stores the rest together (atomic per file). */
export async function ingestWireFiles(ctx: WireIngestContext, inputs: WireFileInput[]): Promise<FileIngestResult[]> {
  const now = ctx.now();
  const at = now.toISOString();
  const results: FileIngestResult[] = new Array(inputs.length);
  const parsed: ParsedFile[] = [];
  for (const [index, input] of inputs.entries()) {
    let outcome: Awaited<ReturnType<WireFileParser['parse']>>;
    try {
      outcome = await ctx.parser.parse(input.bytes, {
        fileName: input.fileName,
        ...(ctx.maxWireBytes ? { maxBytes: ctx.maxWireBytes } : {}),
        ...(input.contentType ? { contentType: input.contentType } : {}),
      });
    } catch (error) {
      results[index] = { ok: false, error };
      continue;
    }
    if (outcome.ok) parsed.push({ index, input, items: outcome.items });
    else
      results[index] = await quarantine(ctx, input, outcome.refusal, now).then(
        (outcomes) => ({ ok: true as const, outcomes }),
        (e: unknown) => ({ ok: false as const, error: e }),
      );
  }

  let together: Awaited<ReturnType<typeof storeFiles>> | null = null;
  if (parsed.length > 1) together = await storeFiles(ctx, parsed, at).catch(() => null);
  if (together) {
    for (const event of together.emitted) ctx.events.emit(event);
    parsed.forEach((file, i) => (results[file.index] = { ok: true, outcomes: outcomesOf(file, together.statuses[i]) }));
  } else {
    // One file, or the shared transaction failed and was rolled back: each file on its own.
    for (const file of parsed)
      results[file.index] = await storeOneFile(ctx, file, at).then((outcomes) => ({ ok: true as const, outcomes }), (e: unknown) => ({ ok: false as const, error: e }));
  }
  return results;
}

export async function ingestWireFile(ctx: WireIngestContext, input: WireFileInput): Promise<IngestOutcome[]> {
  const [result] = await ingestWireFiles(ctx, [input]);
  if (!result?.ok) throw result?.error ?? new Error('ingestWireFiles returned no result');
  return result.outcomes;
}
