/** Wire desk read queries, written once for every store. */
import type { Kysely, Selectable } from 'kysely';
import type { WireFormat, WirePubStatus } from '../domain/wire-item.js';
import type { StoredWireItem, WireAlert, WireReader, WireStory } from '../operations/wire-ports.js';
import type { HeraldDatabase, WireAlertTable, WireItemTable, WireStoryTable } from './database.js';
import { likeContains, searchWords } from './like-contains.js';

type Db = Kysely<HeraldDatabase>;

export const toWireItem = (row: Selectable<WireItemTable>): StoredWireItem => ({
  id: Number(row.id),
  format: row.format as WireFormat,
  provider: row.provider,
  guid: row.guid,
  version: Number(row.version),
  firstCreated: row.first_created,
  versionCreated: row.version_created,
  pubStatus: row.pub_status as WirePubStatus,
  urgency: row.urgency === null ? null : Number(row.urgency),
  language: row.language,
  headline: row.headline,
  slugline: row.slugline,
  dateline: row.dateline,
  located: row.located,
  byline: row.byline,
  itemClass: row.item_class,
  body: JSON.parse(row.body),
  subjects: JSON.parse(row.subjects),
  embargoUntil: row.embargo_until,
  pictures: JSON.parse(row.pictures),
  isCorrection: Number(row.is_correction) === 1,
  sanitizerNotes: JSON.parse(row.sanitizer_notes),
  raw: row.raw,
  source: row.source,
  receivedAt: row.received_at,
});

const toWireStory = (row: Selectable<WireStoryTable>): WireStory => ({
  guid: row.guid,
  latestItemId: Number(row.latest_item_id),
  latestVersion: Number(row.latest_version),
  provider: row.provider,
  pubStatus: row.pub_status as WirePubStatus,
  urgency: row.urgency === null ? null : Number(row.urgency),
  language: row.language,
  headline: row.headline,
  isCorrection: Number(row.is_correction) === 1,
  subjectCodes: row.subject_codes ? row.subject_codes.split(' ') : [],
  receivedAt: row.received_at,
  versionCreated: row.version_created,
});

type DeskColumns = { item_class: string | null; first_created: string | null; slugline: string | null; pictures: string | null };

function firstCaption(pictures: { caption?: string; altText?: string }[]): string | null {
  const first = pictures[0];
  return first?.caption?.trim() || first?.altText?.trim() || null;
}

// The desk's extra fields come from the newest version, joined on its primary key (cheap; no copy on the story row).
const toDeskStory = (row: Selectable<WireStoryTable> & DeskColumns): WireStory => {
  const pictures = row.pictures ? (JSON.parse(row.pictures) as { caption?: string; altText?: string }[]) : [];
  return {
    ...toWireStory(row),
    desk: {
      firstCreated: row.first_created, itemClass: row.item_class ?? 'text', slugline: row.slugline,
      pictureCount: pictures.length, firstPictureCaption: firstCaption(pictures),
    },
  };
};

const deskQuery = (db: Db) =>
  db.selectFrom('wire_stories')
    .leftJoin('wire_items', 'wire_items.id', 'wire_stories.latest_item_id')
    .selectAll('wire_stories')
    .select(['wire_items.item_class', 'wire_items.first_created', 'wire_items.slugline', 'wire_items.pictures']);

const toWireAlert = (r: Selectable<WireAlertTable>): WireAlert => ({
  id: Number(r.id), articleId: Number(r.article_id), guid: r.guid, version: Number(r.version),
  kind: r.kind as WireAlert['kind'], message: r.message, createdAt: r.created_at, acknowledgedAt: r.acknowledged_at,
});


export function wireReads(db: Db): WireReader {
  return {
    async getWireStory(guid) {
      const row = await deskQuery(db).where('wire_stories.guid', '=', guid).executeTakeFirst();
      return row ? toDeskStory(row) : null;
    },

    async listWireStories(q) {
      let query = deskQuery(db);
      if (q.provider) query = query.where('wire_stories.provider', '=', q.provider);
      if (q.language) query = query.where('wire_stories.language', '=', q.language);
      if (q.maxUrgency !== undefined) query = query.where('wire_stories.urgency', '<=', q.maxUrgency);
      if (q.subject) query = query.where((eb) => likeContains(eb.ref('wire_stories.subject_codes'), q.subject as string));
      if (q.since) query = query.where('wire_stories.received_at', '>=', q.since);
      if (q.until) query = query.where('wire_stories.received_at', '<=', q.until);
      if (q.itemClass) query = query.where('wire_items.item_class', '=', q.itemClass);
      for (const word of searchWords(q.search?.toLowerCase()))
        query = query.where((eb) => likeContains(eb.ref('wire_stories.search_text'), word));
      const rows = await query
        .orderBy('wire_stories.received_at', 'desc').orderBy('wire_stories.guid').limit(q.limit).offset(q.offset).execute();
      return rows.map(toDeskStory);
    },

    async listWireProviders() {
      const rows = await db.selectFrom('wire_stories').select('provider').distinct().orderBy('provider').execute();
      return rows.map((r) => r.provider);
    },

    async getWireItem(id) {
      const row = await db.selectFrom('wire_items').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toWireItem(row) : null;
    },

    async listWireVersions(guid) {
      const rows = await db.selectFrom('wire_items').selectAll().where('guid', '=', guid).orderBy('version', 'desc').execute();
      return rows.map(toWireItem);
    },

    async listQuarantine(limit) {
      const rows = await db.selectFrom('wire_quarantine').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        id: Number(r.id), fileName: r.file_name, storedName: r.stored_name, code: r.code, reason: r.reason,
        size: Number(r.size), source: r.source, receivedAt: r.received_at,
      }));
    },

    async listWireAlerts(filter) {
      let query = db.selectFrom('wire_alerts').selectAll();
      if (filter.articleId !== undefined) query = query.where('article_id', '=', filter.articleId);
      if (filter.openOnly) query = query.where('acknowledged_at', 'is', null);
      const rows = await query.orderBy('id', 'desc').execute();
      return rows.map(toWireAlert);
    },

    // Wire ingest, in bulk: the newest stored version per guid, in chunks well under the bound-parameter limits.
    async latestWireVersions(guids) {
      const versions = new Map<string, number>();
      const unique = [...new Set(guids)];
      for (let i = 0; i < unique.length; i += 500) {
        const rows = await db.selectFrom('wire_stories').select(['guid', 'latest_version']).where('guid', 'in', unique.slice(i, i + 500)).execute();
        for (const row of rows) versions.set(row.guid, Number(row.latest_version));
      }
      return versions;
    },

    // Wire desk API: one alert, for acknowledging it.
    async getWireAlert(id) {
      const row = await db.selectFrom('wire_alerts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toWireAlert(row) : null;
    },

    async findArticlesByWireGuid(guid) {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'headline', 'status', 'wire_version'])
        .where('wire_guid', '=', guid)
        .execute();
      return rows.map((r) => ({
        id: Number(r.id), headline: r.headline, status: r.status, wireVersion: r.wire_version === null ? null : Number(r.wire_version),
      }));
    },
  };
}
