/**
 * A published video as schema.org `VideoObject`: what search engines need
 * for a video result (name, description, thumbnailUrl, uploadDate), plus the
 * duration, the file or playlist, and the page that embeds the player.
 */
import { isoDuration } from '../../domain/video.js';
import { jsonLdIds, ref, type JsonLdNode } from './json-ld.js';

export interface VideoObjectInput {
  publicUrl: string;
  pageUrl: string;
  name: string;
  description: string;
  inLanguage: string;
  /** Absolute URLs. */
  thumbnailUrl: string;
  contentUrl: string;
  uploadDate: string;
  durationSeconds: number | null;
  encodingFormat: string;
  captionUrls: { lang: string; url: string }[];
}

export const videoObjectId = (pageUrl: string) => `${pageUrl}#video`;

export function videoObjectNode(input: VideoObjectInput): JsonLdNode {
  return {
    '@type': 'VideoObject',
    '@id': videoObjectId(input.pageUrl),
    name: input.name,
    description: input.description || input.name,
    inLanguage: input.inLanguage,
    thumbnailUrl: input.thumbnailUrl,
    uploadDate: input.uploadDate,
    ...(input.durationSeconds !== null ? { duration: isoDuration(input.durationSeconds) } : {}),
    contentUrl: input.contentUrl,
    encodingFormat: input.encodingFormat,
    embedUrl: input.pageUrl,
    mainEntityOfPage: input.pageUrl,
    publisher: ref(jsonLdIds.publisher(input.publicUrl)),
    ...(input.captionUrls.length
      ? { caption: input.captionUrls.map((c) => ({ '@type': 'MediaObject', contentUrl: c.url, encodingFormat: 'text/vtt', inLanguage: c.lang })) }
      : {}),
  };
}
