/** Podcast queries (shows and episodes), written once for every store. */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { EpisodeStatus, PodcastEpisode, PodcastShow } from '../domain/podcast.js';
import type { PodcastEpisodeChanges, PodcastShowChanges, PodcastStore } from '../operations/podcast-ports.js';
import type { HeraldDatabase } from './database.js';
import type { PodcastEpisodeTable, PodcastShowTable } from './podcast-tables.js';
import { rowLimit } from './row-limit.js';

const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

function toShow(row: Selectable<PodcastShowTable>): PodcastShow {
  return {
    id: Number(row.id), editionCode: row.edition_code, slug: row.slug, title: row.title, description: row.description,
    artworkImageId: numberOrNull(row.artwork_image_id), category: row.category, language: row.language,
    explicit: Number(row.explicit) === 1, author: row.author, ownerName: row.owner_name, ownerEmail: row.owner_email,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function toEpisode(row: Selectable<PodcastEpisodeTable>): PodcastEpisode {
  const hasAudio = row.audio_file !== null || row.audio_url !== null;
  return {
    id: Number(row.id), showId: Number(row.show_id), guid: row.guid, slug: row.slug, title: row.title, description: row.description,
    audio: hasAudio ? { fileName: row.audio_file, url: row.audio_url, mime: row.audio_mime ?? 'audio/mpeg', bytes: Number(row.audio_bytes ?? 0) } : null,
    durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
    transcript: row.transcript, artworkImageId: numberOrNull(row.artwork_image_id), status: row.status as EpisodeStatus,
    publishedAt: row.published_at, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function showColumns(changes: PodcastShowChanges): Updateable<PodcastShowTable> {
  const row: Updateable<PodcastShowTable> = {};
  if (changes.slug !== undefined) row.slug = changes.slug;
  if (changes.title !== undefined) row.title = changes.title;
  if (changes.description !== undefined) row.description = changes.description;
  if (changes.artworkImageId !== undefined) row.artwork_image_id = changes.artworkImageId;
  if (changes.category !== undefined) row.category = changes.category;
  if (changes.language !== undefined) row.language = changes.language;
  if (changes.explicit !== undefined) row.explicit = changes.explicit ? 1 : 0;
  if (changes.author !== undefined) row.author = changes.author;
  if (changes.ownerName !== undefined) row.owner_name = changes.ownerName;
  if (changes.ownerEmail !== undefined) row.owner_email = changes.ownerEmail;
  if (changes.updatedAt !== undefined) row.updated_at = changes.updatedAt;
  return row;
}

function episodeColumns(changes: PodcastEpisodeChanges): Updateable<PodcastEpisodeTable> {
  const row: Updateable<PodcastEpisodeTable> = {};
  if (changes.slug !== undefined) row.slug = changes.slug;
  if (changes.title !== undefined) row.title = changes.title;
  if (changes.description !== undefined) row.description = changes.description;
  if (changes.audio !== undefined) {
    row.audio_file = changes.audio?.fileName ?? null;
    row.audio_url = changes.audio?.url ?? null;
    row.audio_mime = changes.audio?.mime ?? null;
    row.audio_bytes = changes.audio?.bytes ?? null;
  }
  if (changes.durationSeconds !== undefined) row.duration_seconds = changes.durationSeconds;
  if (changes.transcript !== undefined) row.transcript = changes.transcript;
  if (changes.artworkImageId !== undefined) row.artwork_image_id = changes.artworkImageId;
  if (changes.status !== undefined) row.status = changes.status;
  if (changes.publishedAt !== undefined) row.published_at = changes.publishedAt;
  if (changes.updatedAt !== undefined) row.updated_at = changes.updatedAt;
  return row;
}

export function podcastStore(db: Kysely<HeraldDatabase>): PodcastStore {
  const shows = () => db.selectFrom('podcast_shows').selectAll();
  const episodes = () => db.selectFrom('podcast_episodes').selectAll();
  const visible = (now: string) => episodes()
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .where((eb) => eb.or([eb('audio_file', 'is not', null), eb('audio_url', 'is not', null)]));
  return {
    async getShow(id) {
      const row = await shows().where('id', '=', id).executeTakeFirst();
      return row ? toShow(row) : null;
    },
    async findShowBySlug(editionCode, slug) {
      const row = await shows().where('edition_code', '=', editionCode).where('slug', '=', slug).executeTakeFirst();
      return row ? toShow(row) : null;
    },
    async listShows(editionCode) {
      let query = shows();
      if (editionCode !== undefined) query = query.where('edition_code', '=', editionCode);
      return (await query.orderBy('title').orderBy('id').execute()).map(toShow);
    },
    async getEpisode(id) {
      const row = await episodes().where('id', '=', id).executeTakeFirst();
      return row ? toEpisode(row) : null;
    },
    async listEpisodes(showId) {
      const rows = await episodes().where('show_id', '=', showId).orderBy('published_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toEpisode);
    },
    async listPublishedEpisodes(showId, now, limit) {
      const rows = await visible(now).where('show_id', '=', showId).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(rowLimit(limit)).execute();
      return rows.map(toEpisode);
    },
    async listLatestEpisodes(editionCode, now, limit) {
      const editionShows = (await shows().where('edition_code', '=', editionCode).execute()).map(toShow);
      if (editionShows.length === 0) return [];
      const byId = new Map(editionShows.map((s) => [s.id, s]));
      const rows = await visible(now).where('show_id', 'in', [...byId.keys()]).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(rowLimit(limit)).execute();
      return rows.map((row) => ({ episode: toEpisode(row), show: byId.get(Number(row.show_id)) as PodcastShow }));
    },
    async insertShow(show) {
      const row = await db.insertInto('podcast_shows').values({
        edition_code: show.editionCode, slug: show.slug, title: show.title, description: show.description,
        artwork_image_id: show.artworkImageId, category: show.category, language: show.language, explicit: show.explicit ? 1 : 0,
        author: show.author, owner_name: show.ownerName, owner_email: show.ownerEmail, created_at: show.createdAt, updated_at: show.updatedAt,
      }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async updateShow(id, changes) {
      const columns = showColumns(changes);
      if (Object.keys(columns).length === 0) return true;
      const result = await db.updateTable('podcast_shows').set(columns).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async insertEpisode(episode) {
      const row = await db.insertInto('podcast_episodes').values({
        show_id: episode.showId, guid: episode.guid, slug: episode.slug, title: episode.title, description: episode.description,
        audio_file: episode.audio?.fileName ?? null, audio_url: episode.audio?.url ?? null, audio_mime: episode.audio?.mime ?? null,
        audio_bytes: episode.audio?.bytes ?? null, duration_seconds: episode.durationSeconds, transcript: episode.transcript,
        artwork_image_id: episode.artworkImageId, status: episode.status, published_at: episode.publishedAt,
        created_at: episode.createdAt, updated_at: episode.updatedAt,
      }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async updateEpisode(id, changes) {
      const columns = episodeColumns(changes);
      if (Object.keys(columns).length === 0) return true;
      const result = await db.updateTable('podcast_episodes').set(columns).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
