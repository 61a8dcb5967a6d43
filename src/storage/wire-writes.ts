/** Wire desk writes, written once for every store; callers run them inside a transaction. */
import type { Insertable, Kysely } from 'kysely';
import type { WireItem } from '../domain/wire-item.js';
import type { WireStory, WireWriter } from '../operations/wire-ports.js';
import type { HeraldDatabase, WireItemTable, WireStoryTable } from './database.js';

const itemRow = (item: WireItem, meta: { source: string; receivedAt: string }): Insertable<WireItemTable> => ({
  guid: item.guid, version: item.version, format: item.format, provider: item.provider, pub_status: item.pubStatus,
  urgency: item.urgency, language: item.language, headline: item.headline, slugline: item.slugline,
  dateline: item.dateline, located: item.located, byline: item.byline, item_class: item.itemClass,
  body: JSON.stringify(item.body), subjects: JSON.stringify(item.subjects), pictures: JSON.stringify(item.pictures),
  embargo_until: item.embargoUntil, first_created: item.firstCreated, version_created: item.versionCreated,
  is_correction: item.isCorrection ? 1 : 0, sanitizer_notes: JSON.stringify(item.sanitizerNotes), raw: item.raw,
  source: meta.source, received_at: meta.receivedAt,
});

const storyRow = (story: WireStory, searchText: string): Insertable<WireStoryTable> => ({
  guid: story.guid, latest_item_id: story.latestItemId, latest_version: story.latestVersion, provider: story.provider,
  pub_status: story.pubStatus, urgency: story.urgency, language: story.language, headline: story.headline,
  is_correction: story.isCorrection ? 1 : 0, subject_codes: story.subjectCodes.join(' '), search_text: searchText,
  received_at: story.receivedAt, version_created: story.versionCreated,
});

/** Rows per multi-row statement in the bulk writes: well under SQLite's and PostgreSQL's bound-parameter limits. */
const BULK_ROWS = 200;
const STORY_COLUMNS = [
  'latest_item_id', 'latest_version', 'provider', 'pub_status', 'urgency', 'language', 'headline', 'is_correction',
  'subject_codes', 'search_text', 'received_at', 'version_created',
] as const;

export function wireWrites(db: Kysely<HeraldDatabase>): WireWriter {
  return {
    async insertWireItem(item, meta) {
      const row = await db.insertInto('wire_items').values(itemRow(item, meta)).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    // Wire ingest, in bulk (src/operations/ingest-wire-file.ts): RETURNING order is not promised, so ids are keyed.
    async insertWireItems(items) {
      const ids = new Map<string, number>();
      for (let i = 0; i < items.length; i += BULK_ROWS) {
        const rows = await db
          .insertInto('wire_items')
          .values(items.slice(i, i + BULK_ROWS).map(({ item, ...meta }) => itemRow(item, meta)))
          .returning(['id', 'guid', 'version'])
          .execute();
        for (const row of rows) ids.set(`${row.guid} ${Number(row.version)}`, Number(row.id));
      }
      return ids;
    },

    // Wire ingest, in bulk: `excluded` is the row that was refused, in both SQLite and PostgreSQL.
    async upsertWireStories(stories) {
      for (let i = 0; i < stories.length; i += BULK_ROWS) {
        await db
          .insertInto('wire_stories')
          .values(stories.slice(i, i + BULK_ROWS).map(({ story, searchText }) => storyRow(story, searchText)))
          .onConflict((oc) =>
            oc.column('guid').doUpdateSet((eb) => Object.fromEntries(STORY_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
          )
          .execute();
      }
    },

    async upsertWireStory(story, searchText) {
      const row = storyRow(story, searchText);
      await db
        .insertInto('wire_stories')
        .values(row)
        .onConflict((oc) => oc.column('guid').doUpdateSet({ ...row, guid: undefined }))
        .execute();
    },

    async insertQuarantine(e) {
      const row = await db
        .insertInto('wire_quarantine')
        .values({
          file_name: e.fileName, stored_name: e.storedName, code: e.code, reason: e.reason, size: e.size,
          source: e.source, received_at: e.receivedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async insertWireAlert(a) {
      const row = await db
        .insertInto('wire_alerts')
        .values({ article_id: a.articleId, guid: a.guid, version: a.version, kind: a.kind, message: a.message, created_at: a.createdAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async acknowledgeWireAlert(id, at) {
      const result = await db
        .updateTable('wire_alerts')
        .set({ acknowledged_at: at })
        .where('id', '=', id)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
