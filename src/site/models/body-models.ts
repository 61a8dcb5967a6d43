/**
 * Enhances stored body blocks for rendering: image ids become figures, related
 * article ids become teasers (dropped when that article is not public), and
 * subheadings get stable anchors.
 */
import type { BodyBlock, TextSpan } from '../../domain/blocks.js';
import { slugify } from '../../domain/slug.js';
import { boundedMemo } from '../../cache/bounded-memo.js';
import type { ArticleSummary } from '../../operations/ports.js';
import type { EditionDirectory } from '../site-directory.js';
import type { EmbeddedEpisodeModel, RenderBlock, RenderSpan } from '../view-models.js';
import { LEAD_IMAGE_SIZES, toImageModel, type StoredImage } from './image-model.js';
import { toTeaser } from './teaser-models.js';
import type { VideoPlayerModel } from './video-page-models.js';

const SAFE_HREF = /^(https?:\/\/|mailto:|\/(?!\/))/i;

/** Subheadings' slugs (Unicode folding and three regex passes, about 1 % of an article page): the same on every render. */
const headingSlugs = boundedMemo<string>(10_000);

export function toRenderSpans(spans: TextSpan[]): RenderSpan[] {
  return spans.map((span) => {
    const out: RenderSpan = { text: span.text };
    if (span.marks?.includes('bold')) out.bold = true;
    if (span.marks?.includes('italic')) out.italic = true;
    // Stored links are validated on the way in; this is the last line of defence.
    if (span.href && SAFE_HREF.test(span.href)) out.href = span.href;
    return out;
  });
}

export function toRenderBlocks(
  dir: EditionDirectory,
  blocks: BodyBlock[],
  images: Map<number, StoredImage>,
  related: Map<number, ArticleSummary>,
  /** Players of the public videos that embed blocks name (by video id); others fall back to the title. */
  videos: Map<number, VideoPlayerModel> = new Map(),
  /** The public podcast episodes that audio embeds name (by episode id); others fall back to the title. */
  episodes: Map<number, EmbeddedEpisodeModel> = new Map(),
): RenderBlock[] {
  const anchors = new Set<string>();
  const out: RenderBlock[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push({ type: 'paragraph', spans: toRenderSpans(block.spans) });
        break;
      case 'subheading': {
        const slug = headingSlugs.get(block.text, slugify);
        let id = `h-${slug}`;
        for (let n = 2; anchors.has(id); n++) id = `h-${slug}-${n}`;
        anchors.add(id);
        out.push({ type: 'subheading', text: block.text, id });
        break;
      }
      case 'image': {
        const image = images.get(block.imageId);
        if (image) out.push({ type: 'image', image: toImageModel(image, LEAD_IMAGE_SIZES, block) });
        break;
      }
      case 'related': {
        const summary = related.get(block.articleId);
        if (summary) out.push({ type: 'related', teaser: toTeaser(dir, summary, images) });
        break;
      }
      case 'quote':
        out.push({ type: 'quote', text: block.text, ...(block.attribution ? { attribution: block.attribution } : {}) });
        break;
      case 'list':
        out.push({ type: 'list', ordered: block.ordered, items: block.items.map(toRenderSpans) });
        break;
      case 'embed': {
        const player = block.kind === 'video' && block.mediaId !== undefined ? videos.get(block.mediaId) : undefined;
        const episode = block.kind === 'audio' && block.mediaId !== undefined ? episodes.get(block.mediaId) : undefined;
        if (player && block.mediaId !== undefined) out.push({ type: 'video', videoId: block.mediaId, player });
        else if (episode && block.mediaId !== undefined) out.push({ type: 'audio', episodeId: block.mediaId, player: episode });
        else out.push({ type: 'embed', kind: block.kind, title: block.title, ...(block.url && SAFE_HREF.test(block.url) ? { url: block.url } : {}) });
        break;
      }
    }
  }
  return out;
}
