/**
 * The surrogate keys of the cached pages an article change can affect: the
 * article itself and pages teasing it, its edition's home, its section and
 * every ancestor section (section pages list their subsections' articles),
 * its topics, its authors' pages, and the pages of its translations (their
 * language menus). Article pages carry their own section's key too, for
 * their "More from {section}" list.
 * Events without a scope (e.g. an embargo lifting) reach the edition's
 * listings. It lives with the site because only the site knows how its pages
 * nest; the cache just purges the keys it is given.
 */
import { surrogateKeys } from '../cache/page-cache.js';
import type { HeraldEvent } from '../domain/events.js';
import { sectionAncestry, type SiteDirectory } from './site-directory.js';

export type ArticleEvent = Extract<HeraldEvent, { type: `article.${string}` }>;

export function purgeKeysForArticleEvent(site: SiteDirectory, event: ArticleEvent): string[] {
  const keys = [surrogateKeys.article(event.articleId)];
  const dir = site.byCode.get(event.editionCode);
  if (!event.scope || !dir) {
    keys.push(surrogateKeys.listings(event.editionCode));
  } else {
    keys.push(surrogateKeys.home(event.editionCode));
    for (const sectionId of event.scope.sectionIds)
      for (const section of sectionAncestry(dir, sectionId)) keys.push(surrogateKeys.section(section.id));
    for (const topicId of event.scope.topicIds) keys.push(surrogateKeys.topic(topicId));
    for (const group of event.scope.translationGroups) keys.push(surrogateKeys.translationGroup(group));
    for (const authorId of event.scope.authorIds ?? []) keys.push(surrogateKeys.author(authorId));
  }
  return [...new Set(keys)];
}

/** A video shows on its own page, its edition's "Latest videos" and the article pages embedding it (they carry its key). */
export function purgeKeysForVideoEvent(event: Extract<HeraldEvent, { type: 'video.changed' }>): string[] {
  return [surrogateKeys.video(event.videoId), surrogateKeys.videoList(event.editionCode)];
}

/**
 * A show change reaches every page showing the show (its page, feed and
 * episode pages carry `podcast-show:`); an episode change reaches its page and
 * the lists of its show, not its sibling episodes' pages.
 */
export function purgeKeysForPodcastEvent(event: Extract<HeraldEvent, { type: 'podcast.changed' }>): string[] {
  const keys = [surrogateKeys.audio(event.editionCode)];
  if (event.episodeId === null) keys.push(surrogateKeys.podcastShow(event.showId));
  else keys.push(surrogateKeys.podcastEpisode(event.episodeId), surrogateKeys.podcastEpisodes(event.showId));
  return keys;
}
