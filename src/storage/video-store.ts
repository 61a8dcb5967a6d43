/** Video queries (videos and their captions), written once for every store. */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Video, VideoCaption, VideoStatus } from '../domain/video.js';
import type { VideoChanges, VideoStore } from '../operations/video-ports.js';
import type { HeraldDatabase } from './database.js';
import type { VideoTable } from './video-tables.js';
import { rowLimit } from './row-limit.js';

function toVideo(row: Selectable<VideoTable>, captions: VideoCaption[]): Video {
  const hasSource = row.source_file !== null || row.hls_url !== null;
  return {
    id: Number(row.id), shortId: row.short_id, editionCode: row.edition_code, sectionId: Number(row.section_id),
    topicIds: (JSON.parse(row.topic_ids) as unknown[]).map(Number), slug: row.slug, title: row.title, teaser: row.teaser,
    posterImageId: row.poster_image_id === null ? null : Number(row.poster_image_id), posterCaption: row.poster_caption,
    durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
    source: hasSource
      ? { fileName: row.source_file, hlsUrl: row.hls_url, mime: row.source_mime ?? 'video/mp4', bytes: row.source_bytes === null ? null : Number(row.source_bytes) }
      : null,
    captions, status: row.status as VideoStatus, publishedAt: row.published_at, firstPublishedAt: row.first_published_at,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function columns(changes: VideoChanges): Updateable<VideoTable> {
  const row: Updateable<VideoTable> = {};
  if (changes.sectionId !== undefined) row.section_id = changes.sectionId;
  if (changes.topicIds !== undefined) row.topic_ids = JSON.stringify(changes.topicIds);
  if (changes.slug !== undefined) row.slug = changes.slug;
  if (changes.title !== undefined) row.title = changes.title;
  if (changes.teaser !== undefined) row.teaser = changes.teaser;
  if (changes.posterImageId !== undefined) row.poster_image_id = changes.posterImageId;
  if (changes.posterCaption !== undefined) row.poster_caption = changes.posterCaption;
  if (changes.durationSeconds !== undefined) row.duration_seconds = changes.durationSeconds;
  if (changes.source !== undefined) {
    row.source_file = changes.source?.fileName ?? null;
    row.hls_url = changes.source?.hlsUrl ?? null;
    row.source_mime = changes.source?.mime ?? null;
    row.source_bytes = changes.source?.bytes ?? null;
  }
  if (changes.status !== undefined) row.status = changes.status;
  if (changes.publishedAt !== undefined) row.published_at = changes.publishedAt;
  if (changes.firstPublishedAt !== undefined) row.first_published_at = changes.firstPublishedAt;
  if (changes.updatedAt !== undefined) row.updated_at = changes.updatedAt;
  return row;
}

export function videoStore(db: Kysely<HeraldDatabase>): VideoStore {
  const videos = () => db.selectFrom('videos').selectAll();
  const published = (editionCode: string, now: string) =>
    videos().where('edition_code', '=', editionCode).where('status', '=', 'published').where('published_at', '<=', now);

  async function withCaptions(rows: Selectable<VideoTable>[]): Promise<Video[]> {
    if (rows.length === 0) return [];
    const captionRows = await db.selectFrom('video_captions').selectAll().where('video_id', 'in', rows.map((r) => Number(r.id)))
      .orderBy('lang').execute();
    const byVideo = new Map<number, VideoCaption[]>();
    for (const c of captionRows) {
      const list = byVideo.get(Number(c.video_id)) ?? [];
      list.push({ lang: c.lang, label: c.label, fileName: c.file_name });
      byVideo.set(Number(c.video_id), list);
    }
    return rows.map((row) => toVideo(row, byVideo.get(Number(row.id)) ?? []));
  }

  return {
    async getVideo(id) {
      const row = await videos().where('id', '=', id).executeTakeFirst();
      return row ? (await withCaptions([row]))[0]! : null;
    },
    async findVideoIdByShortId(shortId) {
      const row = await db.selectFrom('videos').select('id').where('short_id', '=', shortId).executeTakeFirst();
      return row ? Number(row.id) : null;
    },
    async listVideos({ editionCode, limit, offset }) {
      let query = videos();
      if (editionCode !== undefined) query = query.where('edition_code', '=', editionCode);
      return withCaptions(await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute());
    },
    async listPublishedVideos(editionCode, now, { limit, offset }) {
      return withCaptions(await published(editionCode, now).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(rowLimit(limit)).offset(offset).execute());
    },
    async countPublishedVideos(editionCode, now) {
      const row = await db.selectFrom('videos').select((eb) => eb.fn.countAll().as('n'))
        .where('edition_code', '=', editionCode).where('status', '=', 'published').where('published_at', '<=', now).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async listDueVideos(now) {
      return withCaptions(await videos().where('status', '=', 'scheduled').where('published_at', '<=', now).orderBy('id').limit(100).execute());
    },
    async isShortIdTaken(shortId) {
      const [video, article] = await Promise.all([
        db.selectFrom('videos').select('id').where('short_id', '=', shortId).executeTakeFirst(),
        db.selectFrom('articles').select('id').where('short_id', '=', shortId).executeTakeFirst(),
      ]);
      return Boolean(video || article);
    },
    async insertVideo(video) {
      const row = await db.insertInto('videos').values({
        short_id: video.shortId, edition_code: video.editionCode, section_id: video.sectionId, topic_ids: JSON.stringify(video.topicIds),
        slug: video.slug, title: video.title, teaser: video.teaser, poster_image_id: video.posterImageId, poster_caption: video.posterCaption,
        duration_seconds: video.durationSeconds, source_file: video.source?.fileName ?? null, hls_url: video.source?.hlsUrl ?? null,
        source_mime: video.source?.mime ?? null, source_bytes: video.source?.bytes ?? null, status: video.status,
        published_at: video.publishedAt, first_published_at: video.firstPublishedAt, created_at: video.createdAt, updated_at: video.updatedAt,
      }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async updateVideo(id, changes) {
      const set = columns(changes);
      if (Object.keys(set).length === 0) return true;
      const result = await db.updateTable('videos').set(set).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async putVideoCaption(videoId, caption) {
      await db.deleteFrom('video_captions').where('video_id', '=', videoId).where('lang', '=', caption.lang).execute();
      await db.insertInto('video_captions').values({ video_id: videoId, lang: caption.lang, label: caption.label, file_name: caption.fileName }).execute();
    },
    async deleteVideoCaption(videoId, lang) {
      const result = await db.deleteFrom('video_captions').where('video_id', '=', videoId).where('lang', '=', lang).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
