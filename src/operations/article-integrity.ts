/**
 * What an article may point at, checked inside the writing transaction for
 * every path that creates or changes one (create, save, correct, restore,
 * adopt): its section belongs to its edition, its topics too; authors,
 * agencies and images exist; no id is listed twice; a published article
 * keeps its edition (its URL and its readers' language depend on it), and a
 * user may move a draft only into an edition they work in. Failures are
 * HERALD_VALIDATION (422) naming the field.
 */
import { articleImageIds, type Article } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import { HeraldError } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { assertEdition } from './access-policy.js';
import type { ContentReader } from './ports.js';

/** The fields of the article as it will be after the write. */
export interface ArticleTarget {
  editionCode: string;
  sectionId: number;
  topicIds: number[];
  authorIds: number[];
  agencyIds: number[];
  leadImageId: number | null;
  body: BodyBlock[];
}

const invalid = (field: string, message: string) => new HeraldError('HERALD_VALIDATION', message, { details: { field } });

function noDuplicates(field: string, ids: number[]): void {
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) throw invalid(field, `${field} lists ${id} twice; name each one once.`);
    seen.add(id);
  }
}

type IntegrityReader = Pick<ContentReader, 'listSections' | 'listTopics' | 'getAuthors' | 'getAgencies' | 'getImages'>;

export async function checkArticleTarget(reader: IntegrityReader, actor: Actor, before: Article | null, target: ArticleTarget): Promise<void> {
  if (before && before.editionCode !== target.editionCode) {
    if (before.firstPublishedAt)
      throw invalid('editionCode', 'A published article keeps its edition; create a translation in the other edition instead.');
    assertEdition(actor, target.editionCode);
  }
  const sections = await reader.listSections(target.editionCode);
  if (!sections.some((s) => s.id === target.sectionId))
    throw invalid('sectionId', `Section ${target.sectionId} does not belong to the ${target.editionCode} edition.`);

  noDuplicates('topicIds', target.topicIds);
  if (target.topicIds.length) {
    const known = new Set((await reader.listTopics(target.editionCode)).map((t) => t.id));
    const stranger = target.topicIds.find((id) => !known.has(id));
    if (stranger !== undefined) throw invalid('topicIds', `Topic ${stranger} is not a topic of the ${target.editionCode} edition.`);
  }
  noDuplicates('authorIds', target.authorIds);
  await allExist('authorIds', 'author', target.authorIds, async (ids) => (await reader.getAuthors(ids)).map((a) => a.id));
  noDuplicates('agencyIds', target.agencyIds);
  await allExist('agencyIds', 'agency', target.agencyIds, async (ids) => (await reader.getAgencies(ids)).map((a) => a.id));
  const imageIds = articleImageIds(target.leadImageId, target.body);
  const knownImages = new Set(imageIds.length ? (await reader.getImages(imageIds)).map((i) => i.id) : []);
  if (target.leadImageId !== null && !knownImages.has(target.leadImageId))
    throw invalid('leadImageId', `There is no image ${target.leadImageId} in the media library.`);
  const missing = imageIds.find((id) => !knownImages.has(id));
  if (missing !== undefined) throw invalid('body', `The body shows image ${missing}, which is not in the media library.`);
}

async function allExist(field: string, noun: string, ids: number[], load: (ids: number[]) => Promise<number[]>): Promise<void> {
  if (!ids.length) return;
  const found = new Set(await load(ids));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw invalid(field, `There is no ${noun} ${missing}.`);
}

/** The target of applying `changes` to `article`. */
export function targetOf(article: ArticleTarget, changes: Partial<ArticleTarget>): ArticleTarget {
  return {
    editionCode: changes.editionCode ?? article.editionCode,
    sectionId: changes.sectionId ?? article.sectionId,
    topicIds: changes.topicIds ?? article.topicIds,
    authorIds: changes.authorIds ?? article.authorIds,
    agencyIds: changes.agencyIds ?? article.agencyIds,
    leadImageId: changes.leadImageId !== undefined ? changes.leadImageId : article.leadImageId,
    body: changes.body ?? article.body,
  };
}
