/**
 * Podcasts (issue 10): shows and their episodes. Editors and admins in the
 * show's edition only: an episode is public the moment it is published, and
 * a show's feed reaches podcast apps directly. Every change is one
 * transaction, audited, and emits `podcast.changed`, which purges "Latest
 * audio", the show page and feed, and the episode page (src/site/page-purge-keys.ts).
 */
import { randomUUID } from 'node:crypto';
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import {
  assertPublishable, episodeSlug, PODCAST_CATEGORIES, type EpisodeAudio, type PodcastEpisode, type PodcastShow,
} from '../domain/podcast.js';
import { slugify } from '../domain/slug.js';
import { storeMediaFile } from '../media/store-media-file.js';
import { assertEdition, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { PodcastEpisodeChanges, PodcastReader, PodcastShowChanges } from './podcast-ports.js';
import type { ContentWriter } from './ports.js';

export interface ShowInput {
  title: string;
  slug?: string;
  description?: string;
  artworkImageId?: number | null;
  category: string;
  language?: string;
  explicit?: boolean;
  author?: string;
  ownerName?: string;
  ownerEmail?: string;
}

export interface EpisodeInput {
  title: string;
  slug?: string;
  description?: string;
  transcript?: string;
  artworkImageId?: number | null;
  /** An external audio file; uploads go through uploadEpisodeAudio. */
  audioUrl?: { url: string; mime: 'audio/mpeg' | 'audio/mp4'; bytes: number } | null;
  /** Typed by the editor; an uploaded file's own duration replaces it. */
  durationSeconds?: number | null;
  /** When the episode counts as published (its date in the feed); defaults to the moment it is published. */
  publishedAt?: string | null;
}

const invalid = (field: string, message: string) => new HeraldError('HERALD_VALIDATION', `${field}: ${message}`, { details: { field } });
const SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkText(field: string, value: string | undefined, max: number, required = false): void {
  if (value === undefined) return;
  if (required && !value.trim()) throw invalid(field, 'must not be empty.');
  if (value.length > max) throw invalid(field, `must be at most ${max} characters.`);
  if (value.includes('\u0000')) throw invalid(field, 'must not contain the NUL character.');
}

function checkShow(input: Partial<ShowInput>): void {
  checkText('title', input.title, 200, true);
  checkText('description', input.description, 4000);
  checkText('author', input.author, 200);
  checkText('ownerName', input.ownerName, 200);
  if (input.slug !== undefined && !SLUG.test(input.slug)) throw invalid('slug', 'use lower-case letters, digits and single hyphens.');
  if (input.category !== undefined && !(PODCAST_CATEGORIES as readonly string[]).includes(input.category))
    throw invalid('category', `choose one of ${PODCAST_CATEGORIES.join(', ')}.`);
  if (input.ownerEmail !== undefined && input.ownerEmail !== '' && !EMAIL.test(input.ownerEmail)) throw invalid('ownerEmail', 'is not an email address.');
  if (input.language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(input.language)) throw invalid('language', 'use a language code such as en, de or ar.');
}

function checkEpisode(input: Partial<EpisodeInput>): void {
  checkText('title', input.title, 200, true);
  checkText('description', input.description, 4000);
  checkText('transcript', input.transcript, 200_000);
  if (input.slug !== undefined && !SLUG.test(input.slug)) throw invalid('slug', 'use lower-case letters, digits and single hyphens.');
  if (input.durationSeconds != null && !(input.durationSeconds > 0 && input.durationSeconds < 7 * 24 * 3600)) throw invalid('durationSeconds', 'must be a positive number of seconds.');
  if (input.publishedAt != null && Number.isNaN(Date.parse(input.publishedAt))) throw invalid('publishedAt', 'is not a date and time.');
  if (input.audioUrl) {
    let url: URL | null = null;
    try { url = new URL(input.audioUrl.url); } catch { /* reported below */ }
    if (!url || url.protocol !== 'https:') throw invalid('audioUrl', 'must be an https:// address of an MP3 or M4A file.');
    if (!Number.isInteger(input.audioUrl.bytes) || input.audioUrl.bytes < 0) throw invalid('audioUrl', 'bytes must be the file size in bytes (0 if unknown).');
  }
}

async function checkArtwork(tx: ContentWriter, imageId: number | null | undefined): Promise<void> {
  if (imageId == null) return;
  if ((await tx.getImages([imageId])).length === 0) throw invalid('artworkImageId', `there is no image ${imageId} in the media library.`);
}

function assertShowAccess(actor: Actor, editionCode: string): void {
  assertRole(actor, 'editor');
  assertEdition(actor, editionCode);
}

async function loadShow(tx: { podcasts: PodcastReader }, showId: number, actor: Actor): Promise<PodcastShow> {
  const show = await tx.podcasts.getShow(showId);
  if (!show) throw notFound(`Podcast show ${showId}`);
  assertShowAccess(actor, show.editionCode);
  return show;
}

async function loadEpisode(tx: { podcasts: PodcastReader }, episodeId: number, actor: Actor): Promise<{ show: PodcastShow; episode: PodcastEpisode }> {
  const episode = await tx.podcasts.getEpisode(episodeId);
  if (!episode) throw notFound(`Podcast episode ${episodeId}`);
  return { show: await loadShow(tx, episode.showId, actor), episode };
}

function audit(tx: ContentWriter, actor: Actor, at: string, action: 'updated' | 'published' | 'unpublished', details: string) {
  return tx.insertAudit({ at, userId: actor.userId, action, articleId: null, details: `podcast: ${details}` });
}

function emit(ctx: OperationContext, show: PodcastShow, episodeId: number | null, at: string) {
  ctx.events.emit({ type: 'podcast.changed', editionCode: show.editionCode, showId: show.id, episodeId, at });
}

export async function createShow(ctx: OperationContext, editionCode: string, input: ShowInput, actor: Actor): Promise<PodcastShow> {
  assertShowAccess(actor, editionCode);
  checkShow(input);
  const at = ctx.now().toISOString();
  const show = await ctx.store.transaction(async (tx) => {
    const edition = (await tx.listEditions()).find((e) => e.code === editionCode);
    if (!edition) throw invalid('editionCode', `there is no edition ${editionCode}.`);
    const slug = input.slug ?? slugify(input.title, 'podcast');
    if (await tx.podcasts.findShowBySlug(editionCode, slug)) throw new HeraldError('HERALD_CONFLICT', `The ${editionCode} edition already has a show at "${slug}"; choose another slug.`);
    await checkArtwork(tx, input.artworkImageId);
    const fields: Omit<PodcastShow, 'id'> = {
      editionCode, slug, title: input.title.trim(), description: input.description ?? '', artworkImageId: input.artworkImageId ?? null,
      category: input.category, language: input.language ?? edition.lang, explicit: input.explicit ?? false,
      author: input.author ?? edition.siteTitle, ownerName: input.ownerName ?? edition.siteTitle, ownerEmail: input.ownerEmail ?? '',
      createdAt: at, updatedAt: at,
    };
    const id = await tx.podcasts.insertShow(fields);
    await audit(tx, actor, at, 'updated', `created show ${id} "${fields.title}"`);
    return { id, ...fields };
  });
  emit(ctx, show, null, at);
  return show;
}

export async function updateShow(ctx: OperationContext, showId: number, changes: Partial<ShowInput>, actor: Actor): Promise<PodcastShow> {
  checkShow(changes);
  const at = ctx.now().toISOString();
  const show = await ctx.store.transaction(async (tx) => {
    const before = await loadShow(tx, showId, actor);
    if (changes.slug !== undefined && changes.slug !== before.slug && await tx.podcasts.findShowBySlug(before.editionCode, changes.slug))
      throw new HeraldError('HERALD_CONFLICT', `The ${before.editionCode} edition already has a show at "${changes.slug}"; choose another slug.`);
    await checkArtwork(tx, changes.artworkImageId);
    const update: PodcastShowChanges = { ...changes, ...(changes.title !== undefined ? { title: changes.title.trim() } : {}), updatedAt: at };
    await tx.podcasts.updateShow(showId, update);
    await audit(tx, actor, at, 'updated', `edited show ${showId} (${Object.keys(changes).join(', ') || 'nothing'})`);
    return { ...before, ...update } as PodcastShow;
  });
  emit(ctx, show, null, at);
  return show;
}

function audioFromUrl(input: EpisodeInput['audioUrl']): EpisodeAudio | null | undefined {
  if (input === undefined) return undefined;
  return input === null ? null : { fileName: null, url: input.url, mime: input.mime, bytes: input.bytes };
}

export async function createEpisode(ctx: OperationContext, showId: number, input: EpisodeInput, actor: Actor): Promise<PodcastEpisode> {
  checkEpisode(input);
  const at = ctx.now().toISOString();
  const { show, episode } = await ctx.store.transaction(async (tx) => {
    const show = await loadShow(tx, showId, actor);
    await checkArtwork(tx, input.artworkImageId);
    const fields: Omit<PodcastEpisode, 'id'> = {
      showId, guid: randomUUID(), slug: input.slug ?? episodeSlug(input.title), title: input.title.trim(), description: input.description ?? '',
      audio: audioFromUrl(input.audioUrl) ?? null, durationSeconds: input.durationSeconds ?? null, transcript: input.transcript ?? '',
      artworkImageId: input.artworkImageId ?? null, status: 'draft', publishedAt: input.publishedAt ?? null, createdAt: at, updatedAt: at,
    };
    const id = await tx.podcasts.insertEpisode(fields);
    await audit(tx, actor, at, 'updated', `created episode ${id} of show ${showId}`);
    return { show, episode: { id, ...fields } };
  });
  emit(ctx, show, episode.id, at);
  return episode;
}

export async function updateEpisode(ctx: OperationContext, episodeId: number, changes: Partial<EpisodeInput>, actor: Actor): Promise<PodcastEpisode> {
  checkEpisode(changes);
  const at = ctx.now().toISOString();
  const { show, episode } = await ctx.store.transaction(async (tx) => {
    const { show, episode: before } = await loadEpisode(tx, episodeId, actor);
    await checkArtwork(tx, changes.artworkImageId);
    const { audioUrl, ...rest } = changes;
    const audio = audioFromUrl(audioUrl);
    const update: PodcastEpisodeChanges = {
      ...rest, ...(rest.title !== undefined ? { title: rest.title.trim() } : {}), ...(audio !== undefined ? { audio } : {}), updatedAt: at,
    };
    const episode = { ...before, ...update } as PodcastEpisode;
    // A published episode stays playable: its audio cannot be taken away without unpublishing it first.
    if (episode.status === 'published') assertPublishable(episode);
    await tx.podcasts.updateEpisode(episodeId, update);
    await audit(tx, actor, at, 'updated', `edited episode ${episodeId} (${Object.keys(changes).join(', ') || 'nothing'})`);
    return { show, episode };
  });
  emit(ctx, show, episodeId, at);
  return episode;
}

/** Publishes now (or at `publishedAt`, when given or already set: it shows from then on), or takes it down again. */
export async function setEpisodePublished(
  ctx: OperationContext, episodeId: number, publish: boolean, actor: Actor, options: { publishedAt?: string } = {},
): Promise<PodcastEpisode> {
  if (options.publishedAt !== undefined) checkEpisode({ publishedAt: options.publishedAt });
  const at = ctx.now().toISOString();
  const { show, episode } = await ctx.store.transaction(async (tx) => {
    const { show, episode: before } = await loadEpisode(tx, episodeId, actor);
    if (publish) assertPublishable(before);
    const update: PodcastEpisodeChanges = publish
      ? { status: 'published', publishedAt: options.publishedAt ?? before.publishedAt ?? at, updatedAt: at }
      : { status: 'draft', updatedAt: at };
    await tx.podcasts.updateEpisode(episodeId, update);
    await audit(tx, actor, at, publish ? 'published' : 'unpublished', `${publish ? 'published' : 'unpublished'} episode ${episodeId} of show ${show.id}`);
    return { show, episode: { ...before, ...update } as PodcastEpisode };
  });
  emit(ctx, show, episodeId, at);
  return episode;
}

export interface AudioUploadTarget {
  /** The media folder (`/media/*` serves it, with range requests). */
  directory: string;
  /** HERALD_MAX_MEDIA_BYTES. */
  maxBytes: number;
}

/**
 * Streams an uploaded MP3 or M4A into the media folder (type read from its
 * bytes, size capped: 415 and 413 otherwise) and makes it the episode's
 * audio, with the byte length and the duration read from the file. Access is
 * checked before a byte is written.
 */
export async function uploadEpisodeAudio(
  ctx: OperationContext, target: AudioUploadTarget, episodeId: number,
  upload: { source: AsyncIterable<Uint8Array>; declaredName?: string }, actor: Actor,
): Promise<PodcastEpisode> {
  await loadEpisode(ctx.store, episodeId, actor);
  const stored = await storeMediaFile({
    directory: target.directory, source: upload.source, maxBytes: target.maxBytes, accept: ['audio'],
    ...(upload.declaredName ? { declaredName: upload.declaredName } : {}),
  });
  const at = ctx.now().toISOString();
  const audio: EpisodeAudio = { fileName: stored.fileName, url: null, mime: stored.mime, bytes: stored.bytes };
  const { show, episode } = await ctx.store.transaction(async (tx) => {
    const { show, episode: before } = await loadEpisode(tx, episodeId, actor);
    const update: PodcastEpisodeChanges = { audio, durationSeconds: stored.durationSeconds ?? before.durationSeconds, updatedAt: at };
    await tx.podcasts.updateEpisode(episodeId, update);
    await audit(tx, actor, at, 'updated', `uploaded audio ${stored.fileName} (${stored.bytes} bytes) to episode ${episodeId}`);
    return { show, episode: { ...before, ...update } as PodcastEpisode };
  });
  emit(ctx, show, episodeId, at);
  return episode;
}
