/**
 * Admin API: podcast shows and episodes (issue 10). Editors and admins in the
 * show's edition (the operations decide; reads are filtered the same way).
 * Audio uploads are streamed: `PUT …/episodes/:id/audio` with the file as the
 * body, any Content-Type (it is not trusted: the type is read from the bytes),
 * refused with 415 when it is not MP3/M4A and 413 past HERALD_MAX_MEDIA_BYTES.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireEdition, requireRole, worksInEdition } from '../../auth/guards.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import { userActor } from '../../domain/identity.js';
import { PODCAST_CATEGORIES, type PodcastEpisode, type PodcastShow } from '../../domain/podcast.js';
import type { OperationContext } from '../../operations/context.js';
import { createEpisode, createShow, setEpisodePublished, updateEpisode, updateShow, uploadEpisodeAudio } from '../../operations/podcasts.js';
import { episodePath, showFeedPath, showPath } from '../../site/audio-paths.js';
import { mediaPath } from '../../site/paths.js';

export interface PodcastRouteDeps {
  ops: OperationContext;
  publicUrl: string;
  /** The media folder audio files are stored in. */
  mediaDirectory: string;
  /** HERALD_MAX_MEDIA_BYTES. */
  maxMediaBytes: number;
}

const text = (max: number) => z.string().max(max);
const showFields = {
  title: text(200).min(1), slug: text(80).optional(), description: text(4000).optional(),
  artworkImageId: z.number().int().positive().nullable().optional(), category: z.enum(PODCAST_CATEGORIES),
  language: text(20).optional(), explicit: z.boolean().optional(), author: text(200).optional(),
  ownerName: text(200).optional(), ownerEmail: text(320).optional(),
};
const createShowBody = z.object({ editionCode: text(20), ...showFields }).strict();
const updateShowBody = z.object(showFields).partial().strict();
const episodeFields = {
  title: text(200).min(1), slug: text(80).optional(), description: text(4000).optional(), transcript: text(200_000).optional(),
  artworkImageId: z.number().int().positive().nullable().optional(),
  audioUrl: z.object({ url: text(2000), mime: z.enum(['audio/mpeg', 'audio/mp4']), bytes: z.number().int().min(0) }).strict().nullable().optional(),
  durationSeconds: z.number().positive().nullable().optional(),
  publishedAt: z.string().datetime().nullable().optional(),
};
const episodeBody = z.object(episodeFields).strict();
const updateEpisodeBody = z.object(episodeFields).partial().strict();
const publishBody = z.object({ publishedAt: z.string().datetime().optional() }).strict();

const idOf = (params: unknown, what: string) => {
  const raw = (params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound(what);
  return Number(raw);
};

export function registerPodcastRoutes(app: FastifyInstance, deps: PodcastRouteDeps): void {
  const { ops } = deps;
  const adminShow = (show: PodcastShow) => ({
    ...show, url: deps.publicUrl + showPath(show.editionCode, show), feedUrl: deps.publicUrl + showFeedPath(show.editionCode, show),
  });
  const adminEpisode = (show: PodcastShow, episode: PodcastEpisode) => ({
    ...episode,
    audioSrc: episode.audio ? (episode.audio.fileName ? mediaPath(episode.audio.fileName) : episode.audio.url) : null,
    url: deps.publicUrl + episodePath(show.editionCode, show, episode),
  });
  async function readableShow(request: FastifyRequest, id: number): Promise<PodcastShow> {
    const user = requireRole(request, 'editor');
    const show = await ops.store.podcasts.getShow(id);
    if (!show) throw notFound(`Podcast show ${id}`);
    requireEdition(user, show.editionCode);
    return show;
  }
  async function readableEpisode(request: FastifyRequest, id: number) {
    const episode = await ops.store.podcasts.getEpisode(id);
    if (!episode) {
      requireRole(request, 'editor');
      throw notFound(`Podcast episode ${id}`);
    }
    return { show: await readableShow(request, episode.showId), episode };
  }

  app.get('/api/admin/podcasts/shows', async (request) => {
    const user = requireRole(request, 'editor');
    const shows = await ops.store.podcasts.listShows();
    return { items: shows.filter((s) => worksInEdition(user, s.editionCode)).map(adminShow) };
  });

  app.post('/api/admin/podcasts/shows', async (request, reply) => {
    const actor = userActor(requireRole(request, 'editor'));
    const { editionCode, ...input } = createShowBody.parse(request.body);
    const show = await createShow(ops, editionCode, input, actor);
    return reply.code(201).send(adminShow(show));
  });

  app.get('/api/admin/podcasts/shows/:id', async (request) => {
    const show = await readableShow(request, idOf(request.params, 'That show'));
    const episodes = await ops.store.podcasts.listEpisodes(show.id);
    return { ...adminShow(show), episodes: episodes.map((e) => adminEpisode(show, e)) };
  });

  app.patch('/api/admin/podcasts/shows/:id', async (request) => {
    const actor = userActor(requireRole(request, 'editor'));
    return adminShow(await updateShow(ops, idOf(request.params, 'That show'), updateShowBody.parse(request.body), actor));
  });

  app.post('/api/admin/podcasts/shows/:id/episodes', async (request, reply) => {
    const actor = userActor(requireRole(request, 'editor'));
    const showId = idOf(request.params, 'That show');
    const episode = await createEpisode(ops, showId, episodeBody.parse(request.body), actor);
    const show = (await ops.store.podcasts.getShow(showId)) as PodcastShow;
    return reply.code(201).send(adminEpisode(show, episode));
  });

  app.get('/api/admin/podcasts/episodes/:id', async (request) => {
    const { show, episode } = await readableEpisode(request, idOf(request.params, 'That episode'));
    return adminEpisode(show, episode);
  });

  app.patch('/api/admin/podcasts/episodes/:id', async (request) => {
    const actor = userActor(requireRole(request, 'editor'));
    const episode = await updateEpisode(ops, idOf(request.params, 'That episode'), updateEpisodeBody.parse(request.body), actor);
    return adminEpisode((await ops.store.podcasts.getShow(episode.showId)) as PodcastShow, episode);
  });

  for (const [action, publish] of [['publish', true], ['unpublish', false]] as const) {
    app.post(`/api/admin/podcasts/episodes/:id/${action}`, async (request) => {
      const actor = userActor(requireRole(request, 'editor'));
      const options = publish ? publishBody.parse(request.body ?? {}) : {};
      const episode = await setEpisodePublished(ops, idOf(request.params, 'That episode'), publish, actor, options);
      return adminEpisode((await ops.store.podcasts.getShow(episode.showId)) as PodcastShow, episode);
    });
  }

  // The upload's own scope: its body is handed over as the raw stream whatever the Content-Type says.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.put('/api/admin/podcasts/episodes/:id/audio', async (request) => {
      const actor = userActor(requireRole(request, 'editor'));
      const episodeId = idOf(request.params, 'That episode');
      const body = request.body as Readable | Uint8Array | undefined;
      if (!body) throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', 'Send the audio file (MP3 or M4A) as the request body.');
      const source: AsyncIterable<Uint8Array> = body instanceof Uint8Array ? (async function* () { yield body; })() : body;
      const name = (request.query as { name?: string }).name;
      const episode = await uploadEpisodeAudio(ops, { directory: deps.mediaDirectory, maxBytes: deps.maxMediaBytes }, episodeId, {
        source, ...(typeof name === 'string' && name.length <= 255 ? { declaredName: name } : {}),
      }, actor);
      return adminEpisode((await ops.store.podcasts.getShow(episode.showId)) as PodcastShow, episode);
    });
  });
}
