/**
 * Purges exactly the cached pages an article change can affect: the article
 * itself and pages teasing it, its edition's home, its section and every
 * ancestor section (section pages list their subsections' articles), its
 * topics, and the pages of its translations (their language menus). Events
 * without a scope (e.g. an embargo lifting) purge the edition's listings.
 */
import type { HeraldEvent } from '../domain/events.js';
import type { SiteDirectory } from '../site/site-directory.js';
import { sectionAncestry } from '../site/site-directory.js';
import { surrogateKeys, type PageCache } from './page-cache.js';

export function purgeForArticleEvent(cache: PageCache, site: SiteDirectory, event: Extract<HeraldEvent, { type: `article.${string}` }>): string[] {
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
  }
  const unique = [...new Set(keys)];
  for (const key of unique) cache.purge(key);
  return unique;
}
