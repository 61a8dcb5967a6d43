/**
 * Videos (issue 10). Reporters and up create and edit them in their editions
 * (reporters only while a video is a draft); editors publish, schedule and
 * unpublish. Every change is one transaction, audited, and emits
 * `video.changed`, which purges the video page, "Latest videos" and the
 * article pages embedding it (src/site/page-purge-keys.ts).
 */
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { generateShortId, SHORT_ID_MAX_LENGTH, SHORT_ID_MIN_LENGTH } from '../domain/short-id.js';
import {
  assertVideoPublishable, HLS_MIME, isHlsUrl, videoSlug, type Video, type VideoCaption, type VideoSource,
} from '../domain/video.js';
import { storeMediaFile } from '../media/store-media-file.js';
import { assertEdition, assertRole, hasRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ContentWriter } from './ports.js';
import type { VideoChanges, VideoReader } from './video-ports.js';

export interface VideoInput {
  title: string;
  slug?: string;
  teaser?: string;
  sectionId: number;
  topicIds?: number[];
  posterImageId?: number | null;
  posterCaption?: string;
  durationSeconds?: number | null;
  /** An HLS playlist instead of an uploaded file (null removes the source). */
  hlsUrl?: string | null;
}

export interface MediaUploadTarget {
  /** The media folder (`/media/*` serves it, with range requests). */
  directory: string;
  /** HERALD_MAX_MEDIA_BYTES. */
  maxBytes: number;
}

const invalid = (field: string, message: string) => new HeraldError('HERALD_VALIDATION', `${field}: ${message}`, { details: { field } });
const SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function checkText(field: string, value: string | undefined, max: number, required = false): void {
  if (value === undefined) return;
  if (required && !value.trim()) throw invalid(field, 'must not be empty.');
  if (value.length > max) throw invalid(field, `must be at most ${max} characters.`);
  if (value.includes('\u0000')) throw invalid(field, 'must not contain the NUL character.');
}

function checkInput(input: Partial<VideoInput>): void {
  checkText('title', input.title, 200, true);
  checkText('teaser', input.teaser, 1000);
  checkText('posterCaption', input.posterCaption, 1000);
  if (input.slug !== undefined && !SLUG.test(input.slug)) throw invalid('slug', 'use lower-case letters, digits and single hyphens.');
  if (input.durationSeconds != null && !(input.durationSeconds > 0 && input.durationSeconds < 7 * 24 * 3600)) throw invalid('durationSeconds', 'must be a positive number of seconds.');
  if (input.hlsUrl != null && !isHlsUrl(input.hlsUrl)) throw invalid('hlsUrl', 'must be an https:// address of an .m3u8 playlist.');
}

/** Section, topics and poster must exist, in the video's edition. */
async function checkReferences(tx: ContentWriter, editionCode: string, input: Partial<VideoInput>): Promise<void> {
  if (input.sectionId !== undefined && !(await tx.listSections(editionCode)).some((s) => s.id === input.sectionId))
    throw invalid('sectionId', `there is no section ${input.sectionId} in the ${editionCode} edition.`);
  if (input.topicIds?.length) {
    const known = new Set((await tx.listTopics(editionCode)).map((t) => t.id));
    const unknown = input.topicIds.filter((id) => !known.has(id));
    if (unknown.length) throw invalid('topicIds', `no topic ${unknown.join(', ')} in the ${editionCode} edition.`);
  }
  if (input.posterImageId != null && (await tx.getImages([input.posterImageId])).length === 0)
    throw invalid('posterImageId', `there is no image ${input.posterImageId} in the media library.`);
}

/** Reporters edit drafts in their editions; editors anything there. The system acts everywhere. */
function assertEditAccess(actor: Actor, video: Pick<Video, 'editionCode' | 'status'>): void {
  assertRole(actor, 'reporter');
  assertEdition(actor, video.editionCode);
  if (actor.userId !== null && !hasRole(actor.user, 'editor') && video.status !== 'draft')
    throw new HeraldError('HERALD_FORBIDDEN', `This video is ${video.status}; only an editor can change it now.`);
}

function assertPublishAccess(actor: Actor, editionCode: string): void {
  assertRole(actor, 'editor');
  assertEdition(actor, editionCode);
}

async function loadVideo(tx: { videos: Pick<VideoReader, 'getVideo'> }, id: number): Promise<Video> {
  const video = await tx.videos.getVideo(id);
  if (!video) throw notFound(`Video ${id}`);
  return video;
}

async function newShortId(tx: ContentWriter): Promise<string> {
  for (let length = SHORT_ID_MIN_LENGTH; length <= SHORT_ID_MAX_LENGTH; length++) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const candidate = generateShortId(length);
      if (!(await tx.videos.isShortIdTaken(candidate))) return candidate;
    }
  }
  throw new HeraldError('HERALD_CONFLICT', 'Could not find a free short id; try again.');
}

const audit = (tx: ContentWriter, actor: Actor, at: string, action: 'updated' | 'published' | 'unpublished', details: string) =>
  tx.insertAudit({ at, userId: actor.userId, action, articleId: null, details: `video: ${details}` });

const emit = (ctx: OperationContext, video: Pick<Video, 'id' | 'editionCode'>, at: string) =>
  ctx.events.emit({ type: 'video.changed', videoId: video.id, editionCode: video.editionCode, at });

const hlsSource = (url: string): VideoSource => ({ fileName: null, hlsUrl: url, mime: HLS_MIME, bytes: null });

export async function createVideo(ctx: OperationContext, editionCode: string, input: VideoInput, actor: Actor): Promise<Video> {
  assertEditAccess(actor, { editionCode, status: 'draft' });
  checkInput(input);
  const at = ctx.now().toISOString();
  const video = await ctx.store.transaction(async (tx) => {
    if (!(await tx.listEditions()).some((e) => e.code === editionCode)) throw invalid('editionCode', `there is no edition ${editionCode}.`);
    await checkReferences(tx, editionCode, input);
    const fields: Omit<Video, 'id'> = {
      shortId: await newShortId(tx), editionCode, sectionId: input.sectionId, topicIds: [...new Set(input.topicIds ?? [])],
      slug: input.slug ?? videoSlug(input.title), title: input.title.trim(), teaser: input.teaser ?? '',
      posterImageId: input.posterImageId ?? null, posterCaption: input.posterCaption ?? '', durationSeconds: input.durationSeconds ?? null,
      source: input.hlsUrl ? hlsSource(input.hlsUrl) : null, captions: [], status: 'draft', publishedAt: null, firstPublishedAt: null,
      createdAt: at, updatedAt: at,
    };
    const { captions: _none, ...row } = fields;
    const id = await tx.videos.insertVideo(row);
    await audit(tx, actor, at, 'updated', `created video ${id} "${fields.title}"`);
    return { id, ...fields };
  });
  emit(ctx, video, at);
  return video;
}

export async function updateVideo(ctx: OperationContext, videoId: number, changes: Partial<VideoInput>, actor: Actor): Promise<Video> {
  checkInput(changes);
  const at = ctx.now().toISOString();
  const video = await ctx.store.transaction(async (tx) => {
    const before = await loadVideo(tx, videoId);
    assertEditAccess(actor, before);
    await checkReferences(tx, before.editionCode, changes);
    const { hlsUrl, topicIds, ...rest } = changes;
    const update: VideoChanges = {
      ...rest, ...(rest.title !== undefined ? { title: rest.title.trim() } : {}),
      ...(topicIds !== undefined ? { topicIds: [...new Set(topicIds)] } : {}),
      ...(hlsUrl !== undefined ? { source: hlsUrl === null ? null : hlsSource(hlsUrl) } : {}),
      updatedAt: at,
    };
    const after = { ...before, ...update } as Video;
    // A public video stays playable: its source cannot be taken away without unpublishing it first.
    if (after.status === 'published' || after.status === 'scheduled') assertVideoPublishable(after);
    await tx.videos.updateVideo(videoId, update);
    await audit(tx, actor, at, 'updated', `edited video ${videoId} (${Object.keys(changes).join(', ') || 'nothing'})`);
    return after;
  });
  emit(ctx, video, at);
  return video;
}

/**
 * Publishes now (or as of a past `publishAt`), or schedules for `publishAt`
 * when that lies ahead (the publication scheduler calls publishDueVideos when
 * it comes), or takes the video down again.
 */
export async function setVideoPublished(
  ctx: OperationContext, videoId: number, publish: boolean, actor: Actor, options: { publishAt?: string } = {},
): Promise<Video> {
  if (options.publishAt !== undefined && Number.isNaN(Date.parse(options.publishAt))) throw invalid('publishAt', 'is not a date and time.');
  const now = ctx.now();
  const at = now.toISOString();
  const video = await ctx.store.transaction(async (tx) => {
    const before = await loadVideo(tx, videoId);
    assertPublishAccess(actor, before.editionCode);
    let update: VideoChanges;
    if (publish) {
      assertVideoPublishable(before);
      const when = options.publishAt ? new Date(options.publishAt) : now;
      const scheduled = when.getTime() > now.getTime();
      update = scheduled
        ? { status: 'scheduled', publishedAt: when.toISOString(), updatedAt: at }
        // A past publishAt back-dates the publication (imports, the demo); it shows as the video's date.
        : { status: 'published', publishedAt: when.toISOString(), firstPublishedAt: before.firstPublishedAt ?? at, updatedAt: at };
    } else {
      update = { status: before.firstPublishedAt ? 'unpublished' : 'draft', ...(before.status === 'scheduled' ? { publishedAt: null } : {}), updatedAt: at };
    }
    await tx.videos.updateVideo(videoId, update);
    const action = !publish ? 'unpublished' : update.status === 'scheduled' ? 'updated' : 'published';
    await audit(tx, actor, at, action, `${publish ? (update.status === 'scheduled' ? `scheduled for ${update.publishedAt}` : 'published') : 'unpublished'} video ${videoId}`);
    return { ...before, ...update } as Video;
  });
  emit(ctx, video, at);
  return video;
}

/** Publishes the scheduled videos whose time has come; returns their ids. */
export async function publishDueVideos(ctx: OperationContext, actor: Actor): Promise<number[]> {
  const published: number[] = [];
  for (const due of await ctx.store.videos.listDueVideos(ctx.now().toISOString())) {
    await setVideoPublished(ctx, due.id, true, actor);
    published.push(due.id);
  }
  return published;
}

/**
 * Streams an uploaded MP4 or WebM into the media folder (type read from its
 * bytes, size capped: 415 and 413 otherwise) and makes it the video's source,
 * with the duration read from the file. Access is checked before a byte is written.
 */
export async function uploadVideoFile(
  ctx: OperationContext, target: MediaUploadTarget, videoId: number,
  upload: { source: AsyncIterable<Uint8Array>; declaredName?: string }, actor: Actor,
): Promise<Video> {
  assertEditAccess(actor, await loadVideo(ctx.store, videoId));
  const stored = await storeMediaFile({
    directory: target.directory, source: upload.source, maxBytes: target.maxBytes, accept: ['video'],
    ...(upload.declaredName ? { declaredName: upload.declaredName } : {}),
  });
  const at = ctx.now().toISOString();
  const video = await ctx.store.transaction(async (tx) => {
    const before = await loadVideo(tx, videoId);
    assertEditAccess(actor, before);
    const update: VideoChanges = {
      source: { fileName: stored.fileName, hlsUrl: null, mime: stored.mime, bytes: stored.bytes },
      durationSeconds: stored.durationSeconds ?? before.durationSeconds, updatedAt: at,
    };
    await tx.videos.updateVideo(videoId, update);
    await audit(tx, actor, at, 'updated', `uploaded video file ${stored.fileName} (${stored.bytes} bytes) to video ${videoId}`);
    return { ...before, ...update } as Video;
  });
  emit(ctx, video, at);
  return video;
}

/** Adds (or replaces) the WebVTT captions of one language; the file is sniffed like any upload. */
export async function uploadVideoCaptions(
  ctx: OperationContext, target: MediaUploadTarget, videoId: number,
  upload: { source: AsyncIterable<Uint8Array>; lang: string; label: string; declaredName?: string }, actor: Actor,
): Promise<Video> {
  if (!LANG.test(upload.lang)) throw invalid('lang', 'use a language code such as en, de or ar.');
  checkText('label', upload.label, 60, true);
  assertEditAccess(actor, await loadVideo(ctx.store, videoId));
  const stored = await storeMediaFile({
    directory: target.directory, source: upload.source, maxBytes: Math.min(target.maxBytes, 2 * 1024 * 1024), accept: ['captions'],
    ...(upload.declaredName ? { declaredName: upload.declaredName } : {}),
  });
  const at = ctx.now().toISOString();
  const caption: VideoCaption = { lang: upload.lang, label: upload.label.trim(), fileName: stored.fileName };
  const video = await ctx.store.transaction(async (tx) => {
    const before = await loadVideo(tx, videoId);
    assertEditAccess(actor, before);
    await tx.videos.putVideoCaption(videoId, caption);
    await tx.videos.updateVideo(videoId, { updatedAt: at });
    await audit(tx, actor, at, 'updated', `captions ${caption.lang} (${stored.fileName}) on video ${videoId}`);
    return { ...before, captions: [...before.captions.filter((c) => c.lang !== caption.lang), caption], updatedAt: at };
  });
  emit(ctx, video, at);
  return video;
}
