/**
 * The live stream as schema.org: a `VideoObject` whose `publication` is the
 * day's `BroadcastEvent`s (`isLiveBroadcast`, `startDate`, `endDate`), the
 * shape search engines read as "live now" and "airs at".
 */
import type { Edition } from '../../domain/edition.js';
import { jsonLdIds, ref, type JsonLdNode } from './json-ld.js';
import { PUBLISHER_LOGO } from './publisher-logo.js';

export interface BroadcastVideoInput {
  edition: Edition;
  publicUrl: string;
  pageUrl: string;
  name: string;
  description: string;
  /** Absolute playlist URL. */
  contentUrl: string;
  uploadDate: string;
  broadcasts: { name: string; description: string; startsAt: string; endsAt: string }[];
}

export const liveVideoId = (pageUrl: string) => `${pageUrl}#live`;

export function broadcastVideoNode(input: BroadcastVideoInput): JsonLdNode {
  return {
    '@type': 'VideoObject',
    '@id': liveVideoId(input.pageUrl),
    name: input.name,
    description: input.description,
    inLanguage: input.edition.lang,
    // No poster frame exists for a live stream; the publisher's logo stands in.
    thumbnailUrl: input.publicUrl + PUBLISHER_LOGO.href,
    uploadDate: input.uploadDate,
    contentUrl: input.contentUrl,
    embedUrl: input.pageUrl,
    publisher: ref(jsonLdIds.publisher(input.publicUrl)),
    publication: input.broadcasts.map((b) => ({
      '@type': 'BroadcastEvent',
      name: b.name,
      ...(b.description ? { description: b.description } : {}),
      isLiveBroadcast: true,
      startDate: b.startsAt,
      endDate: b.endsAt,
    })),
  };
}
