/** Newsroom writes: revisions, notices, deletion, image metadata. Callers run them inside a transaction. */
import type { Kysely } from 'kysely';
import type { ContentWriter } from '../operations/ports.js';
import { recordAudit } from './account-audit.js';
import type { HeraldDatabase } from './database.js';

type NewsroomWrites = Pick<
  ContentWriter,
  'insertRevision' | 'insertNotice' | 'deleteArticle' | 'updateImage' | 'insertAudit' | 'updateSection' | 'updateTopic' | 'updateAuthor' | 'updateAgency'
>;

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function newsroomWrites(db: Kysely<HeraldDatabase>): NewsroomWrites {
  return {
    async insertRevision(articleId, r) {
      await db
        .insertInto('article_revisions')
        .values({
          article_id: articleId, revision: r.revision, user_id: r.userId, snapshot: JSON.stringify(r.snapshot),
          summary: r.summary, created_at: r.createdAt, kind: r.kind, note: r.note,
        })
        .execute();
    },

    async insertNotice(articleId, n) {
      await db.insertInto('article_notices').values({ article_id: articleId, kind: n.kind, text: n.text, created_at: n.createdAt }).execute();
    },

    async updateSection(id, c) {
      const set = defined({ name: c.name, description: c.description, position: c.position, parent_id: c.parentId, path: c.path });
      if (Object.keys(set).length === 0) return true;
      return Number((await db.updateTable('sections').set(set).where('id', '=', id).executeTakeFirst()).numUpdatedRows) === 1;
    },

    async updateTopic(id, c) {
      const set = defined({ name: c.name, description: c.description, focus_position: c.focusPosition });
      if (Object.keys(set).length === 0) return true;
      return Number((await db.updateTable('topics').set(set).where('id', '=', id).executeTakeFirst()).numUpdatedRows) === 1;
    },

    async updateAuthor(id, c) {
      const set = defined({ name: c.name, initials: c.initials, bio: c.bio, slug: c.slug, title: c.title, image_id: c.imageId });
      if (Object.keys(set).length === 0) return true;
      return Number((await db.updateTable('authors').set(set).where('id', '=', id).executeTakeFirst()).numUpdatedRows) === 1;
    },

    async updateAgency(id, c) {
      const set = defined({ name: c.name });
      if (Object.keys(set).length === 0) return true;
      return Number((await db.updateTable('agencies').set(set).where('id', '=', id).executeTakeFirst()).numUpdatedRows) === 1;
    },

    async insertAudit(e) {
      await recordAudit(db, e);
    },

    async deleteArticle(id) {
      // Wire alerts and relations cascade; revisions go with the article (the audit log keeps the fact).
      const result = await db.deleteFrom('articles').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async updateImage(id, c) {
      const row: Record<string, unknown> = {};
      if (c.alt !== undefined) row.alt = c.alt;
      if (c.caption !== undefined) row.caption = c.caption;
      if (c.creditName !== undefined) row.credit_name = c.creditName;
      if (c.creditAgency !== undefined) row.credit_agency = c.creditAgency;
      if (c.creditDistributor !== undefined) row.credit_distributor = c.creditDistributor;
      if (c.focalX !== undefined) row.focal_x = c.focalX;
      if (c.focalY !== undefined) row.focal_y = c.focalY;
      if (Object.keys(row).length === 0) return true;
      const result = await db.updateTable('images').set(row).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
