/** Write queries, written once for every store; callers run them inside a transaction. */
import type { Insertable, Kysely } from 'kysely';
import { articleImageIds } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import { HeraldError } from '../domain/errors.js';
import { authorSlug, slugify } from '../domain/slug.js';
import type { ArticleChanges, ContentWriter, NewArticle } from '../operations/ports.js';
import { createAccountStore } from './account-store.js';
import { contentReads } from './content-reads.js';
import type { ArticleTable, HeraldDatabase } from './database.js';
import type { StoreDialect } from './dialect.js';
import { newsroomWrites } from './newsroom-writes.js';
import { listingCountWrites, type CountedArticle } from './listing-counts.js';
import { articleSearchSync } from './search/article-search-sync.js';
import { wireReads } from './wire-reads.js';
import { webhookStore } from './webhook-store.js';
import { wireWrites } from './wire-writes.js';
import { frontPageStore } from './front-page-store.js';
import { editionFooterStore } from './edition-footer-store.js';
import { liveCoverageStore } from './live-coverage-store.js';
import { podcastStore } from './podcast-store.js';
import { videoStore } from './video-store.js';
import { liveTvStore } from './live-tv-store.js';
import { apiKeyStore } from './api-key-store.js';

type Db = Kysely<HeraldDatabase>;

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const BULK_CHUNK = 400;

function articleRow(a: NewArticle): Insertable<ArticleTable> {
  return {
    short_id: a.shortId,
    edition_code: a.editionCode,
    slug: a.slug,
    kicker: a.kicker,
    headline: a.headline,
    teaser: a.teaser,
    body: JSON.stringify(a.body),
    lead_image_id: a.leadImageId,
    lead_image_caption: a.leadImageCaption ?? null,
    lead_image_alt: a.leadImageAlt ?? null,
    section_id: a.sectionId,
    status: a.status,
    first_published_at: a.firstPublishedAt,
    updated_at: a.updatedAt,
    created_at: a.createdAt,
    publish_at: a.publishAt,
    embargo_until: a.embargoUntil,
    translation_group: a.translationGroup,
    wire_guid: a.wireGuid,
    wire_version: a.wireVersion,
    revision: 1,
    created_by: a.createdBy ?? null,
  };
}

/** The changes that can move an article into, out of or between listings. */
const COUNTED_CHANGES = ['status', 'firstPublishedAt', 'editionCode', 'sectionId', 'topicIds', 'authorIds'] as const;

const countedAs = (a: NewArticle): CountedArticle => ({
  status: a.status, firstPublishedAt: a.firstPublishedAt, editionCode: a.editionCode, sectionId: a.sectionId,
  topicIds: a.topicIds, authorIds: a.authorIds,
});

function changeColumns(c: ArticleChanges): Partial<Insertable<ArticleTable>> {
  const row: Partial<Insertable<ArticleTable>> = {};
  if (c.editionCode !== undefined) row.edition_code = c.editionCode;
  if (c.slug !== undefined) row.slug = c.slug;
  if (c.kicker !== undefined) row.kicker = c.kicker;
  if (c.headline !== undefined) row.headline = c.headline;
  if (c.teaser !== undefined) row.teaser = c.teaser;
  if (c.body !== undefined) row.body = JSON.stringify(c.body);
  if (c.leadImageId !== undefined) row.lead_image_id = c.leadImageId;
  if (c.leadImageCaption !== undefined) row.lead_image_caption = c.leadImageCaption;
  if (c.leadImageAlt !== undefined) row.lead_image_alt = c.leadImageAlt;
  if (c.sectionId !== undefined) row.section_id = c.sectionId;
  if (c.status !== undefined) row.status = c.status;
  if (c.firstPublishedAt !== undefined) row.first_published_at = c.firstPublishedAt;
  if (c.updatedAt !== undefined) row.updated_at = c.updatedAt;
  if (c.publishAt !== undefined) row.publish_at = c.publishAt;
  if (c.embargoUntil !== undefined) row.embargo_until = c.embargoUntil;
  if (c.translationGroup !== undefined) row.translation_group = c.translationGroup;
  if (c.wireGuid !== undefined) row.wire_guid = c.wireGuid;
  if (c.wireVersion !== undefined) row.wire_version = c.wireVersion;
  return row;
}

async function linkImages(db: Db, articleId: number, leadImageId: number | null, body: readonly BodyBlock[]) {
  const ids = articleImageIds(leadImageId, body);
  if (ids.length) await db.insertInto('article_images').values(ids.map((image_id) => ({ article_id: articleId, image_id }))).execute();
}

async function insertRelations(db: Db, articleId: number, a: Pick<NewArticle, 'topicIds' | 'authorIds' | 'agencyIds'>) {
  if (a.topicIds.length)
    await db.insertInto('article_topics')
      .values(a.topicIds.map((topic_id, position) => ({ article_id: articleId, topic_id, position })))
      .execute();
  if (a.authorIds.length)
    await db.insertInto('article_authors')
      .values(a.authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position })))
      .execute();
  if (a.agencyIds.length)
    await db.insertInto('article_agencies')
      .values(a.agencyIds.map((agency_id, position) => ({ article_id: articleId, agency_id, position })))
      .execute();
}

export function contentWrites(db: Db, dialect: StoreDialect): ContentWriter {
  const insertReturningId = async <T extends keyof HeraldDatabase>(table: T, values: object) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const row = await (db as Kysely<any>).insertInto(table).values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  };
  // The reader search index follows every article write, in this transaction (docs/adr/0007-search-index.md).
  const search = articleSearchSync(db, dialect);
  // Listing counts follow every article write, in this transaction too (src/storage/listing-counts.ts).
  const counts = listingCountWrites(db);
  const newsroom = newsroomWrites(db);

  return {
    ...contentReads(db),
    ...wireReads(db),
    ...wireWrites(db),
    ...newsroom,
    async deleteArticle(id) {
      const before = await counts.snapshot([id]);
      const deleted = await newsroom.deleteArticle(id);
      if (deleted) await counts.apply(before.values(), []);
      return deleted;
    },
    accounts: createAccountStore(db, dialect),
    webhooks: webhookStore(db),
    apiKeys: apiKeyStore(db),
    frontPage: frontPageStore(db),
    footer: editionFooterStore(db),
    live: liveCoverageStore(db),
    podcasts: podcastStore(db),
    videos: videoStore(db),
    liveTv: liveTvStore(db),

    async upsertEdition(e) {
      const row = {
        code: e.code, lang: e.lang, name: e.name, dir: e.dir, time_zone: e.timeZone, locale: e.locale,
        numbering_system: e.numberingSystem, site_title: e.siteTitle, position: e.position, is_default: e.isDefault ? 1 : 0,
      };
      await db
        .insertInto('editions')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet({ ...row, code: undefined }))
        .execute();
    },

    insertSection: (s) =>
      insertReturningId('sections', {
        edition_code: s.editionCode, parent_id: s.parentId, slug: s.slug, path: s.path, name: s.name,
        position: s.position, description: s.description,
      }),

    insertTopic: (t) =>
      insertReturningId('topics', {
        edition_code: t.editionCode, slug: t.slug, name: t.name, description: t.description, focus_position: t.focusPosition,
      }),

    async insertAuthor(a) {
      let slug = a.slug;
      if (slug === undefined) {
        // Only slugs sharing the name's prefix can collide with it (slugs hold no LIKE wildcards).
        const similar = await db.selectFrom('authors').select('slug').where('slug', 'like', `${slugify(a.name, 'author')}%`).execute();
        const taken = new Set(similar.map((r) => r.slug));
        slug = authorSlug(a.name, (candidate) => taken.has(candidate));
      }
      try {
        return await insertReturningId('authors', { name: a.name, initials: a.initials, bio: a.bio, slug, title: a.title ?? '', image_id: a.imageId ?? null });
      } catch (error) {
        if (dialect.isUniqueViolation(error)) throw new HeraldError('HERALD_CONFLICT', `Another author already has the address "${slug}"; try again.`, { cause: error });
        throw error;
      }
    },

    insertAgency: (a) => insertReturningId('agencies', { code: a.code, name: a.name }),

    insertImage: (i) =>
      insertReturningId('images', {
        file_name: i.fileName, mime_type: i.mimeType, width: i.width, height: i.height,
        derivative_widths: i.derivativeWidths.join(','), alt: i.alt, caption: i.caption,
        credit_name: i.creditName, credit_agency: i.creditAgency, credit_distributor: i.creditDistributor,
        focal_x: i.focalX, focal_y: i.focalY, created_at: i.createdAt,
      }),

    async insertArticle(a) {
      let id: number;
      try {
        id = await insertReturningId('articles', articleRow(a));
      } catch (error) {
        if (dialect.isUniqueViolation(error))
          throw new HeraldError('HERALD_CONFLICT', `The short id ${a.shortId} is already taken.`, { cause: error });
        throw error;
      }
      await insertRelations(db, id, a);
      await linkImages(db, id, a.leadImageId, a.body);
      await search.inserted([a], [id]);
      await counts.apply([], [countedAs(a)]);
      return id;
    },

    async insertArticles(articles) {
      const ids: number[] = [];
      for (let start = 0; start < articles.length; start += BULK_CHUNK) {
        const chunk = articles.slice(start, start + BULK_CHUNK);
        const rows = await db.insertInto('articles').values(chunk.map(articleRow)).returning(['id', 'short_id']).execute();
        const idByShortId = new Map(rows.map((r) => [r.short_id, Number(r.id)]));
        const chunkIds = chunk.map((a) => idByShortId.get(a.shortId) as number);
        const relation = <K extends 'topicIds' | 'authorIds' | 'agencyIds'>(key: K) =>
          chunk.flatMap((a, i) => a[key].map((ref, position) => ({ article_id: chunkIds[i] as number, ref, position })));
        const topics = relation('topicIds');
        const authors = relation('authorIds');
        const agencies = relation('agencyIds');
        const images = chunk.flatMap((a, i) => articleImageIds(a.leadImageId, a.body).map((image_id) => ({ article_id: chunkIds[i] as number, image_id })));
        for (let s = 0; s < images.length; s += BULK_CHUNK * 2)
          await db.insertInto('article_images').values(images.slice(s, s + BULK_CHUNK * 2)).execute();
        for (let s = 0; s < topics.length; s += BULK_CHUNK * 2)
          await db.insertInto('article_topics')
            .values(topics.slice(s, s + BULK_CHUNK * 2).map((r) => ({ article_id: r.article_id, topic_id: r.ref, position: r.position })))
            .execute();
        for (let s = 0; s < authors.length; s += BULK_CHUNK * 2)
          await db.insertInto('article_authors')
            .values(authors.slice(s, s + BULK_CHUNK * 2).map((r) => ({ article_id: r.article_id, author_id: r.ref, position: r.position })))
            .execute();
        for (let s = 0; s < agencies.length; s += BULK_CHUNK * 2)
          await db.insertInto('article_agencies')
            .values(agencies.slice(s, s + BULK_CHUNK * 2).map((r) => ({ article_id: r.article_id, agency_id: r.ref, position: r.position })))
            .execute();
        await search.inserted(chunk, chunkIds);
        await counts.apply([], chunk.map(countedAs));
        ids.push(...chunkIds);
      }
      return ids;
    },

    async updateArticle(id, expectedRevision, changes) {
      const recount = COUNTED_CHANGES.some((field) => changes[field] !== undefined);
      const before = recount ? await counts.snapshot([id]) : null;
      const result = await db
        .updateTable('articles')
        .set({ ...changeColumns(changes), revision: expectedRevision + 1 })
        .where('id', '=', id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await search.changed(id, changes);
      if (changes.topicIds) {
        await db.deleteFrom('article_topics').where('article_id', '=', id).execute();
        await insertRelations(db, id, { topicIds: changes.topicIds, authorIds: [], agencyIds: [] });
      }
      if (changes.authorIds) {
        await db.deleteFrom('article_authors').where('article_id', '=', id).execute();
        await insertRelations(db, id, { topicIds: [], authorIds: changes.authorIds, agencyIds: [] });
      }
      if (changes.agencyIds) {
        await db.deleteFrom('article_agencies').where('article_id', '=', id).execute();
        await insertRelations(db, id, { topicIds: [], authorIds: [], agencyIds: changes.agencyIds });
      }
      if (changes.body !== undefined || changes.leadImageId !== undefined) {
        const row = await db.selectFrom('articles').select(['lead_image_id', 'body']).where('id', '=', id).executeTakeFirstOrThrow();
        await db.deleteFrom('article_images').where('article_id', '=', id).execute();
        await linkImages(db, id, row.lead_image_id === null ? null : Number(row.lead_image_id), JSON.parse(row.body) as BodyBlock[]);
      }
      if (before) await counts.apply(before.values(), (await counts.snapshot([id])).values());
      return true;
    },

    async shortIdExists(shortId) {
      const row = await db.selectFrom('articles').select('id').where('short_id', '=', shortId).executeTakeFirst();
      return row !== undefined;
    },
  };
}
