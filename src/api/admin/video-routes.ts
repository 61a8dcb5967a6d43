/**
 * Admin API: videos (issue 10). Reporters and up in the video's edition (the
 * operations decide who may do what; lists are filtered to the user's
 * editions). Uploads are streamed: `PUT /api/admin/videos/:id/file` and
 * `PUT /api/admin/videos/:id/captions/:lang` take the file as the body, any
 * Content-Type (never trusted: the type is read from the bytes), refused with
 * 415 when it is not MP4/WebM (WebVTT for captions) and 413 past
 * HERALD_MAX_MEDIA_BYTES.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireRole, requireUser } from '../../auth/guards.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import { userActor } from '../../domain/identity.js';
import { videoPath, type Video } from '../../domain/video.js';
import type { OperationContext } from '../../operations/context.js';
import { editionScope } from '../../operations/access-policy.js';
import { createVideo, setVideoPublished, updateVideo, uploadVideoCaptions, uploadVideoFile } from '../../operations/videos.js';
import { mediaPath } from '../../site/paths.js';

export interface VideoRouteDeps {
  ops: OperationContext;
  publicUrl: string;
  /** The media folder video and captions files are stored in. */
  mediaDirectory: string;
  /** HERALD_MAX_MEDIA_BYTES. */
  maxMediaBytes: number;
}

const text = (max: number) => z.string().max(max);
const fields = {
  title: text(200).min(1), slug: text(80).optional(), teaser: text(1000).optional(),
  sectionId: z.number().int().positive(), topicIds: z.array(z.number().int().positive()).max(50).optional(),
  posterImageId: z.number().int().positive().nullable().optional(), posterCaption: text(1000).optional(),
  durationSeconds: z.number().positive().nullable().optional(), hlsUrl: text(2000).nullable().optional(),
};
const createBody = z.object({ editionCode: text(20), ...fields }).strict();
const updateBody = z.object(fields).partial().strict();
const publishBody = z.object({ publishAt: z.string().datetime().optional() }).strict();
const captionQuery = z.object({ label: text(60).min(1), name: text(255).optional() });

const idOf = (params: unknown) => {
  const raw = (params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound('That video');
  return Number(raw);
};

export function toAdminVideo(video: Video, publicUrl: string) {
  return {
    ...video,
    url: publicUrl + videoPath(video),
    shortUrl: `${publicUrl}/p/${video.shortId}`,
    fileUrl: video.source?.fileName ? mediaPath(video.source.fileName) : null,
    captions: video.captions.map((c) => ({ ...c, url: mediaPath(c.fileName) })),
  };
}

export type AdminVideo = ReturnType<typeof toAdminVideo>;

function streamOf(body: unknown, what: string): AsyncIterable<Uint8Array> {
  if (body instanceof Uint8Array) return (async function* () { yield body; })();
  if (body && typeof (body as Readable)[Symbol.asyncIterator] === 'function') return body as Readable;
  throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', `Send the ${what} as the request body.`);
}

export function registerVideoRoutes(app: FastifyInstance, deps: VideoRouteDeps): void {
  const { ops } = deps;
  const target = { directory: deps.mediaDirectory, maxBytes: deps.maxMediaBytes };
  const out = (video: Video) => toAdminVideo(video, deps.publicUrl);

  app.get('/api/admin/videos', async (request) => {
    const user = requireUser(request);
    const query = request.query as { edition?: string; page?: string };
    const scope = editionScope(user);
    const edition = typeof query.edition === 'string' ? query.edition : undefined;
    if (edition && scope && !scope.includes(edition)) return { items: [], page: 1 };
    const page = Math.max(1, Math.min(10_000, Number(query.page) || 1));
    const items = await ops.store.videos.listVideos({ ...(edition ? { editionCode: edition } : {}), limit: 200, offset: 0 });
    const visible = items.filter((v) => !scope || scope.includes(v.editionCode));
    return { items: visible.slice((page - 1) * 50, page * 50).map(out), page };
  });

  app.get('/api/admin/videos/:id', async (request) => {
    const user = requireUser(request);
    const video = await ops.store.videos.getVideo(idOf(request.params));
    const scope = editionScope(user);
    if (!video || (scope && !scope.includes(video.editionCode))) throw notFound('That video');
    return out(video);
  });

  app.post('/api/admin/videos', async (request, reply) => {
    const actor = userActor(requireRole(request, 'reporter'));
    const { editionCode, ...input } = createBody.parse(request.body);
    return reply.code(201).send(out(await createVideo(ops, editionCode, input, actor)));
  });

  app.patch('/api/admin/videos/:id', async (request) => {
    const actor = userActor(requireRole(request, 'reporter'));
    return out(await updateVideo(ops, idOf(request.params), updateBody.parse(request.body), actor));
  });

  for (const [action, publish] of [['publish', true], ['unpublish', false]] as const) {
    app.post(`/api/admin/videos/:id/${action}`, async (request) => {
      const actor = userActor(requireRole(request, 'editor'));
      const options = publish ? publishBody.parse(request.body ?? {}) : {};
      return out(await setVideoPublished(ops, idOf(request.params), publish, actor, options));
    });
  }

  // The uploads' own scope: the body is handed over as the raw stream whatever the Content-Type says.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.put('/api/admin/videos/:id/file', async (request) => {
      const actor = userActor(requireRole(request, 'reporter'));
      const name = (request.query as { name?: unknown }).name;
      return out(await uploadVideoFile(ops, target, idOf(request.params), {
        source: streamOf(request.body, 'video file (MP4 or WebM)'),
        ...(typeof name === 'string' && name.length <= 255 ? { declaredName: name } : {}),
      }, actor));
    });
    scope.put('/api/admin/videos/:id/captions/:lang', async (request) => {
      const actor = userActor(requireRole(request, 'reporter'));
      const query = captionQuery.parse(request.query);
      return out(await uploadVideoCaptions(ops, target, idOf(request.params), {
        source: streamOf(request.body, 'captions file (WebVTT)'), lang: String((request.params as { lang: string }).lang), label: query.label,
        ...(query.name ? { declaredName: query.name } : {}),
      }, actor));
    });
  });
}
