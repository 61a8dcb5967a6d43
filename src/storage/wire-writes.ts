/** Wire desk writes, written once for every store; callers run them inside a transaction. */
import { CompiledQuery, type DialectAdapter, type Insertable, type Kysely } from 'kysely';
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

const ITEM_COLUMNS = [
  'guid', 'version', 'format', 'provider', 'pub_status', 'urgency', 'language', 'headline', 'slugline', 'dateline',
  'located', 'byline', 'item_class', 'body', 'subjects', 'pictures', 'embargo_until', 'first_created',
  'version_created', 'is_correction', 'sanitizer_notes', 'raw', 'source', 'received_at',
] as const satisfies readonly (keyof WireItemTable)[];
const STORY_INSERT_COLUMNS = ['guid', ...STORY_COLUMNS] as const satisfies readonly (keyof WireStoryTable)[];

/** Absent optional values are bound as NULL, as Kysely binds a missing column of a multi-row insert. */
function pushValues<T extends object>(out: unknown[], row: T, columns: readonly (keyof T)[]): void {
  for (const column of columns) out.push(row[column] ?? null);
}

type PlaceholderStyle = 'dollar' | 'question';
const styles = new WeakMap<DialectAdapter, PlaceholderStyle>();

/** `$1` (PostgreSQL) or `?` (SQLite), as this database's own compiler writes them. */
function placeholderStyle(db: Kysely<HeraldDatabase>): PlaceholderStyle {
  const adapter = db.getExecutor().adapter;
  let style = styles.get(adapter);
  if (!style) {
    const probe = db.selectFrom('wire_items').select('id').where('id', '=', 0).compile().sql;
    style = probe.includes('$1') ? 'dollar' : 'question';
    styles.set(adapter, style);
  }
  return style;
}

const bulkStatements = new Map<string, string>();

/** The multi-row INSERT for `rows` rows of wire items, or the multi-row upsert of wire stories. */
function bulkSql(style: PlaceholderStyle, kind: 'items' | 'stories', rows: number): string {
  const key = `${style} ${kind} ${rows}`;
  let text = bulkStatements.get(key);
  if (text !== undefined) return text;
  const columns: readonly string[] = kind === 'items' ? ITEM_COLUMNS : STORY_INSERT_COLUMNS;
  const tuples: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(() => (style === 'dollar' ? `$${++n}` : '?')).join(', ')})`);
  const names = columns.map((c) => `"${c}"`).join(', ');
  text =
    kind === 'items'
      ? `insert into "wire_items" (${names}) values ${tuples.join(', ')} returning "id", "guid", "version"`
      : `insert into "wire_stories" (${names}) values ${tuples.join(', ')} on conflict ("guid") do update set ${STORY_COLUMNS.map((c) => `"${c}" = "excluded"."${c}"`).join(', ')}`;
  bulkStatements.set(key, text);
  return text;
}

export function wireWrites(db: Kysely<HeraldDatabase>): WireWriter {
  return {
    async insertWireItem(item, meta) {
      const row = await db.insertInto('wire_items').values(itemRow(item, meta)).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    // Wire ingest, in bulk (src/operations/ingest-wire-file.ts): RETURNING order is not promised, so ids are keyed.
    // The statements are plain SQL built once per shape: Kysely's builder costs more than SQLite's insert here.
    async insertWireItems(items) {
      const ids = new Map<string, number>();
      const style = placeholderStyle(db);
      for (let i = 0; i < items.length; i += BULK_ROWS) {
        const chunk = items.slice(i, i + BULK_ROWS);
        const parameters: unknown[] = [];
        for (const { item, ...meta } of chunk) pushValues(parameters, itemRow(item, meta), ITEM_COLUMNS);
        const { rows } = await db.executeQuery<{ id: number | string; guid: string; version: number | string }>(
          CompiledQuery.raw(bulkSql(style, 'items', chunk.length), parameters),
        );
        for (const row of rows) ids.set(`${row.guid} ${Number(row.version)}`, Number(row.id));
      }
      return ids;
    },

    // Wire ingest, in bulk: `excluded` is the row that was refused, in both SQLite and PostgreSQL.
    async upsertWireStories(stories) {
      const style = placeholderStyle(db);
      for (let i = 0; i < stories.length; i += BULK_ROWS) {
        const chunk = stories.slice(i, i + BULK_ROWS);
        const parameters: unknown[] = [];
        for (const { story, searchText } of chunk) pushValues(parameters, storyRow(story, searchText), STORY_INSERT_COLUMNS);
        await db.executeQuery(CompiledQuery.raw(bulkSql(style, 'stories', chunk.length), parameters));
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

    // Quarantine retention: by age, and by name for files removed to keep the folder under its byte cap.
    async deleteQuarantine(match) {
      let deleted = 0;
      if (match.receivedBefore !== undefined) {
        const result = await db.deleteFrom('wire_quarantine').where('received_at', '<', match.receivedBefore).executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      const names = [...new Set(match.storedNames ?? [])];
      for (let i = 0; i < names.length; i += 500) {
        const result = await db.deleteFrom('wire_quarantine').where('stored_name', 'in', names.slice(i, i + 500)).executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      return deleted;
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
