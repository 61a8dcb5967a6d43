/**
 * The body editor's schema as TipTap extensions, with no React and no DOM at
 * import time (the test suite builds a ProseMirror schema from it in Node).
 * Only what the contract's `BodyBlock` can hold is allowed: paragraphs with
 * bold, italic and links; level-2 subheadings; flat bullet/ordered lists;
 * quotes with an attribution; and atom nodes for images, related-article
 * teasers and embeds. The editor adds React node views to the last four.
 */
import { Node, mergeAttributes, textblockTypeInputRule, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeHref, NODE } from './doc-types.js';

const dataAttribute = (name: string, fallback: string | number | null, number = false) => ({
  default: fallback,
  parseHTML: (element: HTMLElement) => {
    const raw = element.getAttribute(`data-${name}`);
    if (raw === null) return fallback;
    return number ? Number(raw) || fallback : raw;
  },
  renderHTML: (attributes: Record<string, unknown>) => {
    const key = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    const value = attributes[key];
    return value === null || value === undefined || value === '' ? {} : { [`data-${name}`]: String(value) };
  },
});

/** A list item holds exactly one paragraph: the contract's lists are flat. */
export const ListItemNode = Node.create({
  name: NODE.listItem,
  content: 'paragraph',
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: ({ HTMLAttributes }) => ['li', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

/** A pulled quote: plain text (no marks) and an attribution edited beside it. */
export const QuoteNode = Node.create({
  name: NODE.quote,
  group: 'block',
  content: 'text*',
  marks: '',
  defining: true,
  addAttributes: () => ({ attribution: dataAttribute('attribution', '') }),
  parseHTML: () => [{ tag: 'blockquote' }],
  renderHTML: ({ HTMLAttributes }) => ['blockquote', mergeAttributes(HTMLAttributes, { class: 'body-quote' }), 0],
  addInputRules() {
    return [textblockTypeInputRule({ find: /^\s*>\s$/, type: this.type })];
  },
});

const atom = { group: 'block', atom: true, selectable: true, draggable: true } as const;

/** An image from the library, with the alt text, caption and credit used in this article. */
export const ImageNode = Node.create({
  name: NODE.image,
  ...atom,
  addAttributes: () => ({
    imageId: dataAttribute('image-id', null, true),
    alt: dataAttribute('alt', ''),
    caption: dataAttribute('caption', ''),
    credit: dataAttribute('credit', ''),
  }),
  parseHTML: () => [{ tag: 'figure[data-image-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['figure', mergeAttributes(HTMLAttributes, { class: 'body-image' })],
});

/** A "Read also" teaser for another article. */
export const RelatedNode = Node.create({
  name: NODE.related,
  ...atom,
  addAttributes: () => ({ articleId: dataAttribute('article-id', null, true) }),
  parseHTML: () => [{ tag: 'aside[data-article-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['aside', mergeAttributes(HTMLAttributes, { class: 'body-related' })],
});

/** A placeholder for a video or audio player. */
export const EmbedNode = Node.create({
  name: NODE.embed,
  ...atom,
  addAttributes: () => ({
    kind: dataAttribute('kind', 'video'),
    title: dataAttribute('title', ''),
    url: dataAttribute('url', ''),
    // The media item (a video, or a podcast episode for audio) the public page plays; null for a placeholder.
    mediaId: dataAttribute('media-id', null, true),
  }),
  parseHTML: () => [{ tag: 'div[data-kind][data-embed]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-embed': '', class: 'body-embed' })],
});

export const bodyStarterKit = StarterKit.configure({
  blockquote: false,
  code: false,
  codeBlock: false,
  hardBreak: false,
  horizontalRule: false,
  strike: false,
  underline: false,
  listItem: false,
  heading: { levels: [2] },
  link: {
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    defaultProtocol: 'https',
    isAllowedUri: (url: string) => isSafeHref(url),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  },
});

/** Every extension of the body schema, without node views. */
export const bodySchemaExtensions: AnyExtension[] = [bodyStarterKit, ListItemNode, QuoteNode, ImageNode, RelatedNode, EmbedNode];
