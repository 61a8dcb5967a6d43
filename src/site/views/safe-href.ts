/**
 * Defence in depth for links in article text. The admin API and the importers
 * store only URLs that pass the domain's rule, but the escaping renderer does
 * not check URL schemes, so a `javascript:` or `/\host` href that reached the
 * store some other way (an old row, a direct database edit) would still work
 * on click. Such a span renders as plain text.
 */
import { isSafeUrl } from '../../domain/safe-url.js';

export function safeHref(href: string | undefined): string | undefined {
  return href !== undefined && isSafeUrl(href, 'link') ? href : undefined;
}
