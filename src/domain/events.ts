/**
 * Events emitted by operations after their transaction commits. The page cache,
 * search, webhooks and other nodes subscribe to these; nothing else reacts to
 * state changes.
 */
/**
 * Where an article shows (before and after the change), so subscribers can
 * act precisely: the page cache purges just these sections, topics and
 * translation pages. Absent when unknown; subscribers then act edition-wide.
 */
export interface ArticleScope {
  sectionIds: number[];
  topicIds: number[];
  translationGroups: string[];
  /** The article's authors (their author pages list it); absent in events from nodes that predate author pages. */
  authorIds?: number[];
}

export function articleScope(
  ...articles: ({ sectionId: number; topicIds: number[]; translationGroup: string | null; authorIds?: number[] } | null | undefined)[]
): ArticleScope {
  const present = articles.filter((a): a is NonNullable<typeof a> => Boolean(a));
  return {
    sectionIds: [...new Set(present.map((a) => a.sectionId))],
    topicIds: [...new Set(present.flatMap((a) => a.topicIds))],
    translationGroups: [...new Set(present.flatMap((a) => (a.translationGroup ? [a.translationGroup] : [])))],
    authorIds: [...new Set(present.flatMap((a) => a.authorIds ?? []))],
  };
}

type ArticleEventBase = { articleId: number; editionCode: string; at: string; scope?: ArticleScope };

export type HeraldEvent =
  | ({ type: 'article.published' } & ArticleEventBase)
  /** `notice` is set when the change was published as a correction or update notice (webhooks send `article.corrected`). */
  | ({ type: 'article.updated'; notice?: { kind: 'correction' | 'update'; text: string } } & ArticleEventBase)
  | ({ type: 'article.unpublished' } & ArticleEventBase)
  | ({ type: 'article.saved' } & ArticleEventBase)
  | { type: 'curation.changed'; editionCode: string; at: string }
  /** Editors changed the edition home's pins (src/operations/front-page.ts); only the edition home shows them. */
  | { type: 'front_page.changed'; editionCode: string; at: string }
  /** A live coverage page changed (src/operations/live-coverage.ts): purges the article page; open readers' streams get `entryId`. */
  | { type: 'live.entry_changed'; articleId: number; editionCode: string; entryId: number | null; change: 'added' | 'edited' | 'deleted' | 'pinned' | 'key_points' | 'opened' | 'closed'; at: string }
  /** A podcast show or one of its episodes changed (src/operations/podcasts.ts): purges the audio pages and the show's feed. */
  | { type: 'podcast.changed'; editionCode: string; showId: number; episodeId: number | null; at: string }
  /** A video changed (src/operations/videos.ts): purges its page, "Latest videos" and the articles embedding it. */
  | { type: 'video.changed'; videoId: number; editionCode: string; at: string }
  /** An edition's live stream or programme schedule changed (src/operations/live-tv.ts): purges its live-TV page. */
  | { type: 'live_tv.changed'; editionCode: string; at: string }
  /** A picture's caption, credit, alt text or focal point changed; `articles` are the published ones showing it. */
  | { type: 'image.updated'; imageId: number; at: string; articles: { articleId: number; editionCode: string; scope: ArticleScope }[] }
  | { type: 'wire.alert_acknowledged'; alertId: number; articleId: number; userId: number | null; at: string }
  | { type: 'wire.ingested'; guid: string; version: number; at: string }
  | { type: 'wire.quarantined'; quarantineId: number; fileName: string; reason: string; at: string }
  | { type: 'wire.alerted'; alertId: number; articleId: number; guid: string; at: string };

export type HeraldEventType = HeraldEvent['type'];
