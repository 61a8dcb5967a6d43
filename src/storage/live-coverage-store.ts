/** Live coverage queries, written once for every store. */
import type { Kysely, Selectable } from 'kysely';
import type { BodyBlock } from '../domain/blocks.js';
import type { LiveEntry, LiveState } from '../domain/live-coverage.js';
import type { LiveCoverageStore } from '../operations/live-coverage-ports.js';
import type { HeraldDatabase } from './database.js';
import type { LiveEntryTable } from './live-coverage-tables.js';
import { rowLimit } from './row-limit.js';
import { defineQuery } from './compiled-queries.js';

// Every uncached article page asks whether it is live coverage: compiled once (src/storage/compiled-queries.ts).
const coverageOf = defineQuery((db: Kysely<HeraldDatabase>, p: { articleId: number }) =>
  db.selectFrom('live_coverages').selectAll().where('article_id', '=', p.articleId),
);

function toEntry(row: Selectable<LiveEntryTable>): LiveEntry {
  return {
    id: Number(row.id),
    articleId: Number(row.article_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    authorId: row.author_id === null ? null : Number(row.author_id),
    authorInitials: row.author_initials,
    body: JSON.parse(row.body) as BodyBlock[],
    imageId: row.image_id === null ? null : Number(row.image_id),
    pinned: Number(row.pinned) === 1,
  };
}

export function liveCoverageStore(db: Kysely<HeraldDatabase>): LiveCoverageStore {
  const entries = () => db.selectFrom('live_entries').selectAll();
  return {
    async getLiveCoverage(articleId) {
      const row = await coverageOf.first(db, { articleId });
      if (!row) return null;
      return {
        articleId: Number(row.article_id),
        state: row.state as LiveState,
        keyPoints: JSON.parse(row.key_points) as string[],
        startedAt: row.started_at,
        endedAt: row.ended_at,
        updatedAt: row.updated_at,
      };
    },

    async getLiveEntry(entryId) {
      const row = await entries().where('id', '=', entryId).executeTakeFirst();
      return row ? toEntry(row) : null;
    },

    async listLiveEntries(articleId, page) {
      const rows = await entries()
        .where('article_id', '=', articleId)
        .where('pinned', '=', 0)
        .orderBy('id', 'desc')
        .limit(rowLimit(page.limit))
        .offset(page.offset)
        .execute();
      return rows.map(toEntry);
    },

    async countLiveEntries(articleId) {
      const row = await db
        .selectFrom('live_entries')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('article_id', '=', articleId)
        .where('pinned', '=', 0)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    async countLiveEntriesNewerThan(articleId, entryId) {
      const row = await db
        .selectFrom('live_entries')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('article_id', '=', articleId)
        .where('pinned', '=', 0)
        .where('id', '>', entryId)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    async listLiveEntriesAfter(articleId, afterId, limit) {
      const rows = await entries().where('article_id', '=', articleId).where('id', '>', afterId).orderBy('id', 'asc').limit(limit).execute();
      return rows.map(toEntry);
    },

    async getPinnedLiveEntry(articleId) {
      const row = await entries().where('article_id', '=', articleId).where('pinned', '=', 1).orderBy('id', 'desc').executeTakeFirst();
      return row ? toEntry(row) : null;
    },

    async saveLiveCoverage(coverage) {
      const values = {
        state: coverage.state,
        key_points: JSON.stringify(coverage.keyPoints),
        started_at: coverage.startedAt,
        ended_at: coverage.endedAt,
        updated_at: coverage.updatedAt,
      };
      await db
        .insertInto('live_coverages')
        .values({ article_id: coverage.articleId, ...values })
        .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
        .execute();
    },

    async insertLiveEntry(entry) {
      const row = await db
        .insertInto('live_entries')
        .values({
          article_id: entry.articleId,
          created_at: entry.createdAt,
          updated_at: entry.updatedAt,
          author_id: entry.authorId,
          author_initials: entry.authorInitials,
          body: JSON.stringify(entry.body),
          image_id: entry.imageId,
          pinned: entry.pinned ? 1 : 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async updateLiveEntry(entryId, changes) {
      const result = await db
        .updateTable('live_entries')
        .set({ body: JSON.stringify(changes.body), image_id: changes.imageId, updated_at: changes.updatedAt })
        .where('id', '=', entryId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async deleteLiveEntry(entryId) {
      const result = await db.deleteFrom('live_entries').where('id', '=', entryId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async setPinnedLiveEntry(articleId, entryId) {
      await db.updateTable('live_entries').set({ pinned: 0 }).where('article_id', '=', articleId).where('pinned', '=', 1).execute();
      if (entryId !== null)
        await db.updateTable('live_entries').set({ pinned: 1 }).where('id', '=', entryId).where('article_id', '=', articleId).execute();
    },
  };
}
