/**
 * The one way a wire body becomes Herald body blocks: markup is sanitised
 * (`sanitize-body.ts`) and converted (`html-to-blocks.ts`) in one pass; plain text is split
 * into paragraphs. Pictures found in the markup are returned beside the blocks.
 */
import type { BodyBlock } from '../domain/blocks.js';
import type { WirePicture } from '../domain/wire-item.js';
import { sanitizedMarkupToBlocks } from './html-to-blocks.js';
import type { NoteCounter } from './note-counter.js';
import { defuseMarkupText, looksLikeMarkup } from './text-utils.js';

export interface BodyConversion {
  blocks: BodyBlock[];
  pictures: WirePicture[];
}

/** XHTML, HTML or NITF markup (untrusted) → blocks and pictures; removals are noted. */
export function markupToBlocks(markup: string, notes: NoteCounter): BodyConversion {
  if (markup.trim() === '') return { blocks: [], pictures: [] };
  return sanitizedMarkupToBlocks(markup, notes);
}

/**
 * Plain text → paragraphs. Blank lines separate paragraphs; when there are none,
 * every line is a paragraph (as in TT and ANSA text bodies).
 */
export function plainTextToBlocks(text: string, notes: NoteCounter): BodyBlock[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const chunks = /\n[ \t\u00a0]*\n/.test(normalised) ? normalised.split(/\n[ \t\u00a0]*\n+/) : normalised.split('\n');
  const blocks: BodyBlock[] = [];
  for (const chunk of chunks) {
    const cleaned = chunk.replace(/[\s\u00a0]+/g, ' ').trim();
    if (cleaned === '') continue;
    const { text: safe, changed } = defuseMarkupText(cleaned);
    if (changed) notes.add("defused '<script' in story text");
    blocks.push({ type: 'paragraph', spans: [{ text: safe }] });
  }
  return blocks;
}

/** A body whose type is uncertain (e.g. `text/plain` that holds `<p>`): markup if it looks like markup. */
export function anyBodyToBlocks(body: string, notes: NoteCounter): BodyConversion {
  return looksLikeMarkup(body) ? markupToBlocks(body, notes) : { blocks: plainTextToBlocks(body, notes), pictures: [] };
}
