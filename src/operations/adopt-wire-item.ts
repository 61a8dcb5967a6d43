/**
 * Adopts the newest version of a wire story as a DRAFT article in an
 * edition: headline, a sentence-case kicker from the slugline, the first
 * paragraph as the teaser (and then not again in the body, see
 * domain/wire-adoption.ts), the body (its first paragraph prefixed with the
 * dateline when the agency gives one and has not written it already), the
 * agency reporter's byline (an author record found by name or created), the
 * agency credit (the agency is created when the desk has not met it before), the
 * embargo, the pictures imported into the media library with their captions
 * and credits, and the wire link `{guid, version}` that later kills and
 * corrections follow. A picture that cannot be fetched is skipped and
 * reported as a warning in plain words; it never fails the adoption. A killed or withheld
 * story cannot be adopted (409).
 */
import type { BodyBlock, ParagraphBlock } from '../domain/blocks.js';
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import type { WireItem, WirePicture } from '../domain/wire-item.js';
import { initialsFromName } from '../domain/byline.js';
import { bylineNames, explainPictureProblem, kickerFromSlugline, shorten, splitTeaser, TEASER_MAX } from '../domain/wire-adoption.js';
import type { MediaStore } from '../media/media-store.js';
import type { SniffedImageType } from '../media/sniff-image-type.js';
import { assertEdition, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import { createArticle } from './create-article.js';
import { uploadImage } from './upload-image.js';

/** Downloads one picture; throws an Error whose message says why it could not. */
export type PictureFetcher = (href: string) => Promise<{ bytes: Uint8Array; type: SniffedImageType }>;

export interface AdoptWireDeps {
  media: MediaStore;
  fetchPicture: PictureFetcher;
  /** At most this many pictures are imported (default 12). */
  maxPictures?: number;
}

export interface AdoptWireItemInput {
  guid: string;
  editionCode: string;
  sectionId: number;
  /** Adopting is an editor's decision, in an edition they work in. */
  actor: Actor;
}

export interface AdoptWireResult {
  articleId: number;
  warnings: string[];
}

const HEADLINE_MAX = 300;

export { kickerFromSlugline, shorten } from '../domain/wire-adoption.js';

const spansText = (block: ParagraphBlock) => block.spans.map((s) => s.text).join('');
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The body with the dateline leading its first paragraph ("PARIS, 27 Nov (AFP) – …"), unless it already does. */
export function bodyWithDateline(body: BodyBlock[], dateline: string | null): BodyBlock[] {
  const line = dateline?.replace(/\s+/g, ' ').trim();
  const first = body.findIndex((b) => b.type === 'paragraph');
  if (!line || first === -1) return body;
  const paragraph = body[first] as ParagraphBlock;
  const text = normal(spansText(paragraph));
  const bare = normal(line.replace(/\s*[–—-]\s*$/, ''));
  if (text.startsWith(bare)) return body;
  const lead = /[–—-]$/.test(line) ? `${line} ` : `${line} – `;
  const out = [...body];
  out[first] = { type: 'paragraph', spans: [{ text: lead }, ...paragraph.spans] };
  return out;
}

export function teaserFrom(body: BodyBlock[]): string {
  const first = body.find((b): b is ParagraphBlock => b.type === 'paragraph' && spansText(b).trim() !== '');
  return first ? shorten(spansText(first), TEASER_MAX) : '';
}

/** The agency reporters as author records, found by name or created (audited) the first time the desk meets them. */
async function findOrCreateAuthors(ctx: OperationContext, item: WireItem, actor: Actor): Promise<number[]> {
  const names = bylineNames(item.byline, item.provider);
  if (names.length === 0) return [];
  return ctx.store.transaction(async (tx) => {
    const authors = await tx.listAuthors();
    const ids: number[] = [];
    for (const name of names) {
      const known = authors.find((a) => a.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (known) {
        ids.push(known.id);
        continue;
      }
      const initials = initialsFromName(name).replace(/[^\p{Ll}\p{Lo}]/gu, '').slice(0, 6) || 'x';
      const id = await tx.insertAuthor({ name, initials, bio: '', title: `${item.provider} reporter` });
      await tx.insertAudit({
        at: ctx.now().toISOString(), userId: actor.userId, action: 'curated', articleId: null,
        details: `created author ${name} from the byline of wire story ${item.guid.slice(0, 200)}`,
      });
      ids.push(id);
    }
    return ids;
  });
}

/** `Jane Doe/AFP` → name and agency; a credit without a slash is the photographer's, the agency the provider. */
function creditParts(picture: WirePicture, provider: string) {
  const parts = (picture.credit ?? '').split('/').map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) return { creditName: parts[0] ?? null, creditAgency: parts[1] ?? null, creditDistributor: parts.slice(2).join('/') || null };
  return { creditName: parts[0] ?? null, creditAgency: provider, creditDistributor: null };
}

async function findOrCreateAgency(ctx: OperationContext, provider: string): Promise<number> {
  const code = provider.trim();
  const find = async () => (await ctx.store.listAgencies()).find((a) => a.code.toLowerCase() === code.toLowerCase())?.id;
  const known = await find();
  if (known !== undefined) return known;
  try {
    return await ctx.store.transaction((tx) => tx.insertAgency({ code, name: code }));
  } catch (error) {
    // Another adoption created it a moment ago.
    const raced = await find();
    if (raced !== undefined) return raced;
    throw error;
  }
}

async function importPictures(ctx: OperationContext, deps: AdoptWireDeps, item: WireItem, actor: Actor, warnings: string[]) {
  const imported: { imageId: number; picture: WirePicture }[] = [];
  const pictures = item.pictures.slice(0, deps.maxPictures ?? 12);
  if (item.pictures.length > pictures.length) warnings.push(`Only the first ${pictures.length} of ${item.pictures.length} pictures were imported.`);
  for (const [index, picture] of pictures.entries()) {
    try {
      const { bytes, type } = await deps.fetchPicture(picture.href);
      const imageId = await uploadImage(ctx, deps.media, {
        bytes,
        declaredType: type,
        actor,
        metadata: {
          alt: shorten(picture.altText ?? picture.caption ?? '', 500),
          caption: shorten(picture.caption ?? '', 1000),
          ...creditParts(picture, item.provider),
          focalX: 0.5,
          focalY: 0.5,
        },
      });
      imported.push({ imageId, picture });
    } catch (error) {
      warnings.push(explainPictureProblem(index + 1, picture.href, error instanceof Error ? error.message : String(error)));
    }
  }
  return imported;
}

export async function adoptWireItem(ctx: OperationContext, deps: AdoptWireDeps, input: AdoptWireItemInput): Promise<AdoptWireResult> {
  assertRole(input.actor, 'editor');
  assertEdition(input.actor, input.editionCode);
  const story = await ctx.store.getWireStory(input.guid);
  if (!story) throw notFound(`The wire story ${input.guid.slice(0, 200)}`);
  const item = await ctx.store.getWireItem(story.latestItemId);
  if (!item) throw notFound(`The newest version of wire story ${input.guid.slice(0, 200)}`);
  if (item.pubStatus === 'canceled')
    throw new HeraldError('HERALD_CONFLICT', `${item.provider} killed this story (version ${item.version}); a killed story cannot be adopted.`);
  if (item.pubStatus === 'withheld')
    throw new HeraldError(
      'HERALD_CONFLICT',
      `${item.provider} withheld this story (version ${item.version}); it cannot be adopted until the agency releases it.`,
    );
  const sections = await ctx.store.listSections(input.editionCode);
  if (!sections.some((s) => s.id === input.sectionId))
    throw new HeraldError('HERALD_VALIDATION', `Section ${input.sectionId} does not belong to the ${input.editionCode} edition.`);

  const warnings: string[] = [];
  const agencyId = await findOrCreateAgency(ctx, item.provider);
  const pictures = await importPictures(ctx, deps, item, input.actor, warnings);
  const authorIds = await findOrCreateAuthors(ctx, item, input.actor);
  const [lead, ...more] = pictures;
  const { teaser, body: rest } = splitTeaser(item.body);
  const body = [
    ...bodyWithDateline(rest, item.dateline),
    ...more.map(({ imageId, picture }): BodyBlock => ({ type: 'image', imageId, ...(picture.caption ? { caption: shorten(picture.caption, 1000) } : {}) })),
  ].slice(0, 2000);

  const articleId = await createArticle(ctx, {
    editionCode: input.editionCode,
    sectionId: input.sectionId,
    headline: shorten(item.headline, HEADLINE_MAX) || 'Untitled wire story',
    kicker: kickerFromSlugline(item.slugline, item.headline),
    teaser,
    authorIds,
    body,
    leadImageId: lead?.imageId ?? null,
    agencyIds: [agencyId],
    embargoUntil: item.embargoUntil,
    wireOrigin: { guid: item.guid, version: item.version },
  }, input.actor);
  return { articleId, warnings };
}
