/**
 * Ingests one wire file: parse, then store every item of it in one
 * transaction (an envelope is all or nothing). A higher version of a known
 * guid supersedes it; an equal or older one changes nothing, because agencies
 * resend. Kills, withholds and corrections raise alerts on adopted articles.
 * A file that cannot be parsed is quarantined with its reason and kept.
 */
import { describeWireAlert, wireAlertKind } from '../domain/wire-alert.js';
import { bodyToPlainText } from '../domain/blocks.js';
import type { WireItem } from '../domain/wire-item.js';
import type { HeraldEvent } from '../domain/events.js';
import { parseWireFile } from '../ingest/parse-wire-file.js';
import type { QuarantineFiles } from '../ingest/quarantine-files.js';
import { isWireRejection } from '../ingest/wire-rejection.js';
import type { OperationContext } from './context.js';
import type { ContentWriter } from './ports.js';

export interface WireIngestContext extends OperationContext {
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

const searchTextOf = (item: WireItem) =>
  [item.headline, item.slugline ?? '', item.byline ?? '', item.dateline ?? '', bodyToPlainText(item.body)]
    .join(' ')
    .toLowerCase()
    .slice(0, 20_000);

type Emitted = (() => HeraldEvent)[];

async function storeItem(tx: ContentWriter, item: WireItem, source: string, at: string, emit: Emitted): Promise<IngestOutcome['status']> {
  const existing = await tx.getWireStory(item.guid);
  if (existing && item.version <= existing.latestVersion) return 'unchanged';
  const itemId = await tx.insertWireItem(item, { source, receivedAt: at });
  await tx.upsertWireStory(
    {
      guid: item.guid, latestItemId: itemId, latestVersion: item.version, provider: item.provider, pubStatus: item.pubStatus,
      urgency: item.urgency, language: item.language, headline: item.headline, isCorrection: item.isCorrection,
      subjectCodes: item.subjects.map((s) => s.code), receivedAt: at, versionCreated: item.versionCreated,
    },
    searchTextOf(item),
  );
  emit.push(() => ({ type: 'wire.ingested', guid: item.guid, version: item.version, at }) );
  const kind = existing ? wireAlertKind(item) : null;
  if (kind) {
    for (const article of await tx.findArticlesByWireGuid(item.guid)) {
      const message = describeWireAlert(kind, item.provider, item.versionCreated ?? at, article, article.wireVersion);
      const alertId = await tx.insertWireAlert({ articleId: article.id, guid: item.guid, version: item.version, kind, message, createdAt: at });
      emit.push(() => ({ type: 'wire.alerted', alertId, articleId: article.id, guid: item.guid, at }) );
    }
  }
  return 'ingested';
}

async function anotherWriterStoredOneOf(ctx: WireIngestContext, items: WireItem[]): Promise<boolean> {
  for (const item of items) {
    const story = await ctx.store.getWireStory(item.guid).catch(() => null);
    if (story && story.latestVersion >= item.version) return true;
  }
  return false;
}

export async function ingestWireFile(ctx: WireIngestContext, input: WireFileInput): Promise<IngestOutcome[]> {
  const now = ctx.now();
  const at = now.toISOString();
  let items: WireItem[];
  try {
    items = parseWireFile(input.bytes, {
      fileName: input.fileName,
      ...(ctx.maxWireBytes ? { maxBytes: ctx.maxWireBytes } : {}),
      ...(input.contentType ? { contentType: input.contentType } : {}),
    }).items;
  } catch (error) {
    if (!isWireRejection(error)) throw error;
    const storedName = await ctx.quarantine.keep(input.fileName, input.bytes, now);
    const quarantineId = await ctx.store.transaction((tx) =>
      tx.insertQuarantine({
        fileName: input.fileName, storedName, code: error.code, reason: error.reason, size: input.bytes.byteLength,
        source: input.source, receivedAt: at,
      }),
    );
    ctx.events.emit({ type: 'wire.quarantined', quarantineId, fileName: input.fileName, reason: error.reason, at });
    return [{ file: input.fileName, status: 'quarantined', reason: error.reason }];
  }

  const run = async () => {
    const emitted: Emitted = [];
    const statuses = await ctx.store.transaction(async (tx) => {
      const out: IngestOutcome['status'][] = [];
      for (const item of items) out.push(await storeItem(tx, item, input.source, at, emitted));
      return out;
    });
    return { statuses, emitted };
  };
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run();
  } catch (error) {
    // Another ingester stored the same guid and version between our read and write (the unique key refused ours):
    // run again, and it is now "unchanged". Any other failure (the whole file was rolled back) is the caller's.
    if (!(await anotherWriterStoredOneOf(ctx, items))) throw error;
    result = await run();
  }
  for (const make of result.emitted) ctx.events.emit(make());
  return items.map((item, i) => ({ file: input.fileName, status: result.statuses[i] ?? 'unchanged', guid: item.guid, version: item.version }));
}
