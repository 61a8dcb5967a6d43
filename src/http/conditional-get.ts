/**
 * Conditional GET (RFC 9110 §13) for responses that carry validators (feeds,
 * sitemaps, pages). If-None-Match wins when present (weak comparison, `*` matches);
 * otherwise If-Modified-Since must equal Last-Modified exactly. A feed's
 * Last-Modified is its newest item's time, so unpublishing that item moves it
 * backwards; "not modified since a later date" would then answer 304 with the
 * unpublished item still in the reader's copy. Readers echo the date we sent,
 * so exact equality costs them nothing.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Weak or strong, and whichever encoding (`"…-gz"`, `"…-br"`, src/http/encoded-page.ts): all stand for one page. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '').replace(/-(gz|br)"$/, '"');

export function isNotModified(request: IncomingHttpHeaders, validators: Record<string, string>): boolean {
  const etag = validators.etag;
  const lastModified = validators['last-modified'];
  const ifNoneMatch = request['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (!etag) return false;
    if (ifNoneMatch.trim() === '*') return true;
    const wanted = opaque(etag);
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === wanted);
  }
  const ifModifiedSince = request['if-modified-since'];
  if (ifModifiedSince === undefined || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && since === Date.parse(lastModified);
}
