/**
 * A feed or sitemap as a SiteResponse: the body with its content type and the
 * validators readers revalidate with. The ETag is a hash of the exact bytes
 * (strong: equal tags mean equal bodies), and both headers are computed once
 * here, so the page cache keeps them with the body.
 */
import { createHash } from 'node:crypto';
import type { SiteResponse } from '../public-site.js';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** RFC 822 / RFC 9110 IMF-fixdate, e.g. `Tue, 01 Dec 2026 10:00:00 GMT`: RSS dates and Last-Modified. */
export const httpDate = (iso: string | Date): string => new Date(iso).toUTCString();

/** W3C Datetime to the second, as sitemaps want it: `2026-12-01T10:00:00Z`. */
export const w3cDate = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The latest of some ISO instants (all UTC), or `fallback` when there are none. */
export function latest(instants: string[], fallback: Date): Date {
  let max = -Infinity;
  for (const instant of instants) {
    const time = Date.parse(instant);
    if (time > max) max = time;
  }
  return Number.isFinite(max) ? new Date(max) : fallback;
}

export function documentResponse(body: string, contentType: string, lastModified: Date, keys: string[]): SiteResponse {
  return {
    status: 200,
    body,
    contentType,
    headers: { etag: strongEtag(body), 'last-modified': httpDate(lastModified) },
    keys,
  };
}
