/**
 * Exact listing counts ("Page 3 of 120") without counting rows at read time
 * (issue 12): one row per edition and scope — the whole edition, a section, a
 * topic or an author — holding how many of its articles are published with a
 * first-publication time. Content writes keep it exact in the article's own
 * transaction (src/storage/listing-counts.ts); readers subtract the handful
 * still under embargo or dated in the future. Backfilled here from the
 * articles as they are.
 */
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('listing_counts')
    .addColumn('edition_code', 'text', (c) => c.notNull())
    /** 'edition' | 'section' | 'topic' | 'author' */
    .addColumn('scope', 'text', (c) => c.notNull())
    /** The section, topic or author id; 0 for the edition itself. */
    .addColumn('scope_id', 'integer', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('listing_counts_pk', ['edition_code', 'scope', 'scope_id'])
    .execute();
  const counted = sql`a.status = 'published' and a.first_published_at is not null`;
  await sql`insert into listing_counts (edition_code, scope, scope_id, published)
    select a.edition_code, 'edition', 0, count(*) from articles a where ${counted} group by a.edition_code`.execute(db);
  await sql`insert into listing_counts (edition_code, scope, scope_id, published)
    select a.edition_code, 'section', a.section_id, count(*) from articles a where ${counted} group by a.edition_code, a.section_id`.execute(db);
  await sql`insert into listing_counts (edition_code, scope, scope_id, published)
    select a.edition_code, 'topic', t.topic_id, count(*) from articles a join article_topics t on t.article_id = a.id
    where ${counted} group by a.edition_code, t.topic_id`.execute(db);
  await sql`insert into listing_counts (edition_code, scope, scope_id, published)
    select a.edition_code, 'author', w.author_id, count(*) from articles a join article_authors w on w.article_id = a.id
    where ${counted} group by a.edition_code, w.author_id`.execute(db);
}
