/**
 * The surrogate keys of the cached pages an article change can affect: the
 * article itself and pages teasing it, its edition's home, its section and
 * every ancestor section (section pages list their subsections' articles),
 * its topics, its authors' pages, and the pages of its translations (their
 * language menus).
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
