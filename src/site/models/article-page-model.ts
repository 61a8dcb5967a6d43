/** Loads and enhances everything the article page shows. Returns null when the article is not public. */
import { isPubliclyVisible, type Article } from '../../domain/article.js';
import { bodyImageIds, bodyRelatedIds, type BodyBlock } from '../../domain/blocks.js';
import { isEpisodeVisible } from '../../domain/podcast.js';
import { isVideoPublic, type Video } from '../../domain/video.js';
import { formatByline } from '../../domain/byline.js';
import type { ContentReader } from '../../operations/ports.js';
import { episodePath } from '../audio-paths.js';
import { formatDateLabel } from '../date-labels.js';
import { articlePath, authorPagePath, editionHomePath, linkHref, mediaPath, sectionPagePath, shortLinkPath, topicPagePath } from '../paths.js';
import { sectionAncestry, type EditionDirectory } from '../site-directory.js';
import { newsArticleNode } from '../structured-data/news-article-node.js';
import { breadcrumbListNode, publisherNode } from '../structured-data/site-nodes.js';
import type { ArticlePageModel, EmbeddedEpisodeModel, LinkModel } from '../view-models.js';
import { toRenderBlocks } from './body-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { gridCardSizes, LEAD_IMAGE_SIZES, toImageModel } from './image-model.js';
import { loadImagesById, toTeaser } from './teaser-models.js';
import { toPlayerModel, type VideoPlayerModel } from './video-page-models.js';

export interface ArticlePageContext extends PageContext {
  reader: ContentReader;
}

/** How many of the section's other articles "More from {section}" shows. */
export const MORE_FROM_SECTION_COUNT = 4;

/** `preview` renders an article that is not public (the newsroom's private preview). */
export async function buildArticlePageModel(
  ctx: ArticlePageContext,
  article: Article,
  options: { preview?: boolean } = {},
): Promise<ArticlePageModel | null> {
  const preview = options.preview === true;
  if (!preview && !isPubliclyVisible(article, ctx.now)) return null;
  const dir = ctx.site.byCode.get(article.editionCode);
  if (!dir) return null;
  const nowIso = ctx.now.toISOString();
  const messages = ctx.messages;
  const relatedIds = bodyRelatedIds(article.body);
  const [relatedSummaries, translations, notices, sectionSummaries] = await Promise.all([
    ctx.reader.getPublishedSummaries(relatedIds, nowIso),
    article.translationGroup ? ctx.reader.listTranslations(article.translationGroup, nowIso) : Promise.resolve([]),
    ctx.reader.listNotices(article.id),
    // The section itself, not its subsections: the page carries only this section's surrogate key.
    preview
      ? Promise.resolve([])
      : ctx.reader.listPublished({
          editionCode: article.editionCode, sectionIds: [article.sectionId], now: nowIso,
          limit: MORE_FROM_SECTION_COUNT, offset: 0, excludeIds: [article.id, ...relatedIds],
        }),
  ]);
  const images = await loadImagesById(ctx.reader, [
    article.leadImageId,
    ...bodyImageIds(article.body),
    ...relatedSummaries.map((s) => s.leadImageId),
    ...sectionSummaries.map((s) => s.leadImageId),
  ]);
  const ancestry = sectionAncestry(dir, article.sectionId);
  const translationHrefs = new Map(translations.map((t) => [t.editionCode, linkHref(articlePath(t))]));
  const lead = article.leadImageId === null ? undefined : images.get(article.leadImageId);
  const firstPublishedAt = article.firstPublishedAt ?? article.publishAt ?? nowIso;
  const wasUpdated = Date.parse(article.updatedAt) - Date.parse(firstPublishedAt) > 60_000;
  const authors = article.authorIds.flatMap((id) => ctx.site.authorsById.get(id) ?? []);
  const agencies = article.agencyIds.flatMap((id) => ctx.site.agenciesById.get(id) ?? []);
  const authorLinks: LinkModel[] = authors.map((a) => ({ label: a.name, href: linkHref(authorPagePath(dir.edition.code, a.slug)) }));
  const breadcrumb: LinkModel[] = [
    { label: messages.home, href: editionHomePath(dir.edition.code) },
    ...ancestry.map((s) => ({ label: s.name, href: sectionPagePath(dir.edition.code, s.path) })),
  ];
  // A scheduled article may have been saved before it went out: it was never "modified" before it was published.
  const modifiedAt = Date.parse(article.updatedAt) > Date.parse(firstPublishedAt) ? article.updatedAt : firstPublishedAt;
  // Link previews and structured data get the original picture, whose size is known exactly.
  // This article's own words for its lead image (its language), else the library's.
  const leadTexts = { caption: article.leadImageCaption ?? undefined, alt: article.leadImageAlt ?? undefined };
  const shareImage = lead
    ? { url: ctx.publicUrl + mediaPath(lead.fileName), width: lead.width, height: lead.height, alt: leadTexts.alt ?? lead.alt }
    : null;
  const topicNames = article.topicIds.flatMap((id) => dir.topicsById.get(id)?.name ?? []);
  const sectionName = ancestry[ancestry.length - 1]?.name ?? '';
  const canonicalPath = articlePath(article);
  // The structured data names the page by IRI, as JSON-LD defines identifiers (only og:url and what leaves in headers and XML stay URIs).
  const pageUrl = ctx.publicUrl + linkHref(canonicalPath);
  const body = toRenderBlocks(dir, article.body, images, new Map(relatedSummaries.map((s) => [s.id, s])), await loadEmbeddedVideoPlayers(ctx, dir, article.body), await loadEmbeddedEpisodes(ctx, article.body));

  return {
    chrome: buildChrome(ctx, dir, {
      title: article.headline,
      description: article.teaser,
      ...(preview ? {} : { canonicalPath }),
      ...(ancestry[0] ? { currentRootSectionId: ancestry[0].id } : {}),
      // A playable video needs the players' stylesheet; an audio embed is a plain <audio> (site.css).
      ...(body.some((b) => b.type === 'video') ? { stylesheets: ['media' as const] } : {}),
      translations: translationHrefs,
      // The private preview is not a public page, so it describes nothing to search engines.
      structuredData: preview
        ? []
        : [
            newsArticleNode({
              url: pageUrl,
              publisher: publisherNode(dir.edition, ctx.publicUrl),
              lang: dir.edition.lang,
              headline: article.headline,
              description: article.teaser,
              image: shareImage && { url: shareImage.url, width: shareImage.width, height: shareImage.height, caption: leadTexts.caption ?? lead?.caption ?? '' },
              datePublished: firstPublishedAt,
              dateModified: modifiedAt,
              authors: authorLinks.map((a) => ({ name: a.label, url: ctx.publicUrl + a.href })),
              section: sectionName,
              keywords: topicNames,
              corrections: notices.filter((n) => n.kind === 'correction').map((n) => ({ text: n.text, datePublished: n.createdAt })),
            }),
            breadcrumbListNode(pageUrl, [...breadcrumb, { label: article.headline, href: canonicalPath }], ctx.publicUrl),
          ],
    }),
    id: article.id,
    kicker: article.kicker,
    headline: article.headline,
    teaser: article.teaser,
    breadcrumb,
    publishedAt: firstPublishedAt,
    publishedLabel: formatDateLabel(dir.edition, firstPublishedAt),
    updatedAt: wasUpdated ? article.updatedAt : null,
    updatedLabel: wasUpdated ? formatDateLabel(dir.edition, article.updatedAt) : null,
    shortUrl: `${ctx.publicUrl}${shortLinkPath(article.shortId)}`,
    leadImage: lead ? toImageModel(lead, LEAD_IMAGE_SIZES, leadTexts) : null,
    body,
    byline: formatByline({ initials: authors.map((a) => a.initials), agencies: agencies.map((a) => a.code) }),
    authors: authorLinks,
    sectionName,
    modifiedAt,
    shareImage,
    topics: article.topicIds.flatMap((id) => {
      const topic = dir.topicsById.get(id);
      return topic ? [{ label: topic.name, href: linkHref(topicPagePath(dir.edition.code, topic.slug)) }] : [];
    }),
    translations: translations
      .filter((t) => t.editionCode !== article.editionCode)
      .flatMap((t) => {
        const edition = ctx.site.byCode.get(t.editionCode)?.edition;
        return edition
          ? [{ code: edition.code, lang: edition.lang, dir: edition.dir, name: edition.name, href: linkHref(articlePath(t)), current: false }]
          : [];
      }),
    notices: notices.map((n) => ({ kind: n.kind, text: n.text, at: n.createdAt, label: formatDateLabel(dir.edition, n.createdAt) })),
    preview,
    ...(sectionSummaries.length > 0 && ancestry.length > 0
      ? {
          moreFromSection: {
            section: breadcrumb[breadcrumb.length - 1] as LinkModel,
            teasers: sectionSummaries.map((s) => toTeaser(dir, s, images, gridCardSizes(sectionSummaries.length, 'article'))),
          },
        }
      : {}),
  };
}

/** Players of the public videos the body's embed blocks name; a draft or removed video leaves its block a placeholder. */
async function loadEmbeddedVideoPlayers(
  ctx: PageContext & { reader: ContentReader }, dir: EditionDirectory, body: readonly BodyBlock[],
): Promise<Map<number, VideoPlayerModel>> {
  const ids = [...new Set(body.flatMap((b) => (b.type === 'embed' && b.kind === 'video' && b.mediaId !== undefined ? [b.mediaId] : [])))];
  if (ids.length === 0) return new Map();
  const videos = (await Promise.all(ids.map((id) => ctx.reader.videos.getVideo(id))))
    .filter((v): v is Video => v !== null && v.source !== null && isVideoPublic(v, ctx.now));
  const posters = await loadImagesById(ctx.reader, videos.map((v) => v.posterImageId));
  return new Map(videos.map((v) => [v.id, toPlayerModel(v, v.posterImageId === null ? undefined : posters.get(v.posterImageId), dir.edition.lang)]));
}

/** The public podcast episodes the body's audio embeds name; a draft, scheduled or removed episode leaves its block a placeholder. */
async function loadEmbeddedEpisodes(ctx: PageContext & { reader: ContentReader }, body: readonly BodyBlock[]): Promise<Map<number, EmbeddedEpisodeModel>> {
  const ids = [...new Set(body.flatMap((b) => (b.type === 'embed' && b.kind === 'audio' && b.mediaId !== undefined ? [b.mediaId] : [])))];
  const out = new Map<number, EmbeddedEpisodeModel>();
  for (const id of ids) {
    const episode = await ctx.reader.podcasts.getEpisode(id);
    if (!episode?.audio || !isEpisodeVisible(episode, ctx.now)) continue;
    const show = await ctx.reader.podcasts.getShow(episode.showId);
    const src = episode.audio.fileName ? mediaPath(episode.audio.fileName) : episode.audio.url;
    if (!show || !src) continue;
    // The episode's page is in its show's edition, which may not be the article's.
    out.set(id, { showId: show.id, title: episode.title, href: linkHref(episodePath(show.editionCode, show, episode)), src, mime: episode.audio.mime });
  }
  return out;
}
