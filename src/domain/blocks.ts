/**
 * The structured body of an article or wire item. No raw HTML is ever stored:
 * every editor, importer and wire parser produces these blocks, and only the
 * renderer turns them into markup (escaped by default).
 */
export type InlineMark = 'bold' | 'italic';

/** A run of text with optional marks; `href` makes it a link (http(s), mailto or site-relative only). */
export interface TextSpan {
  text: string;
  marks?: InlineMark[];
  href?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  spans: TextSpan[];
}

export interface SubheadingBlock {
  type: 'subheading';
  text: string;
}

/** An image placed in the body; caption/credit here override the image's own. */
export interface ImageBlock {
  type: 'image';
  imageId: number;
  caption?: string;
  credit?: string;
  alt?: string;
}

/** An inline teaser for another article ("Read also"). */
export interface RelatedBlock {
  type: 'related';
  articleId: number;
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
  attribution?: string;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: TextSpan[][];
}

/**
 * A video or audio player. With `mediaId` it plays that media item (for
 * `video` a video from src/domain/video.ts, for `audio` a podcast episode from
 * src/domain/podcast.ts); without, it is an older placeholder (or an agency's
 * media reference) and the site shows its title, linked to `url`.
 */
export interface EmbedBlock {
  type: 'embed';
  kind: 'video' | 'audio';
  title: string;
  url?: string;
  mediaId?: number;
}

export type BodyBlock =
  | ParagraphBlock
  | SubheadingBlock
  | ImageBlock
  | RelatedBlock
  | QuoteBlock
  | ListBlock
  | EmbedBlock;

export type BodyBlockType = BodyBlock['type'];

/** Plain text of a body, for search indexing, word counts and descriptions. */
export function bodyToPlainText(blocks: readonly BodyBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        parts.push(block.spans.map((s) => s.text).join(''));
        break;
      case 'subheading':
      case 'quote':
        parts.push(block.text);
        break;
      case 'list':
        for (const item of block.items) parts.push(item.map((s) => s.text).join(''));
        break;
      default:
        break;
    }
  }
  return parts.join('\n');
}

/** Ids of images the body uses (for loading them in one query). */
export function bodyImageIds(blocks: readonly BodyBlock[]): number[] {
  return blocks.flatMap((b) => (b.type === 'image' ? [b.imageId] : []));
}

/** Ids of articles the body teases. */
export function bodyRelatedIds(blocks: readonly BodyBlock[]): number[] {
  return blocks.flatMap((b) => (b.type === 'related' ? [b.articleId] : []));
}
