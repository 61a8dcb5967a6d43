/**
 * Pasting or dropping from outside the editor: the clipboard's HTML goes
 * through `pastedHtmlToBlocks` and is inserted as the same document the
 * editor would load from blocks. ProseMirror never parses foreign HTML into a
 * DOM (`transformPastedHTML` empties it), so no script, style or tracking
 * image of it is ever loaded. Content copied inside the editor itself
 * (ProseMirror marks it `data-pm-slice`) keeps ProseMirror's own handling,
 * which the schema already limits.
 */
import { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { BodyBlock } from '../../../src/domain/blocks.js';
import { blocksToDoc } from './blocks-to-doc.js';
import { pastedHtmlToBlocks } from './html-to-blocks.js';
import { plainTextToBlocks } from './text-to-blocks.js';

const isOwn = (html: string) => html.includes('data-pm-slice');

/** For `editorProps.transformPastedHTML`: our own clipboard passes, anything else never reaches the browser's parser. */
export const keepOnlyOwnHtml = (html: string): string => (isOwn(html) ? html : '');

function foreignBlocks(data: DataTransfer | null, onDroppedImages: (count: number) => void): BodyBlock[] | null {
  const html = data?.getData('text/html') ?? '';
  if (html && isOwn(html)) return null;
  if (html) {
    const { blocks, droppedImages } = pastedHtmlToBlocks(html);
    if (droppedImages > 0) onDroppedImages(droppedImages);
    if (blocks.length > 0) return blocks;
  }
  const text = data?.getData('text/plain') ?? '';
  return html || text.includes('\n') ? plainTextToBlocks(text) : null;
}

function sliceOf(view: EditorView, blocks: BodyBlock[]): Slice {
  return Slice.maxOpen(view.state.schema.nodeFromJSON(blocksToDoc(blocks)).content);
}

export function handleForeignPaste(view: EditorView, event: ClipboardEvent, onDroppedImages: (count: number) => void): boolean {
  const blocks = foreignBlocks(event.clipboardData, onDroppedImages);
  if (blocks === null) return false;
  if (blocks.length > 0) view.dispatch(view.state.tr.replaceSelection(sliceOf(view, blocks)).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
  return true;
}

export function handleForeignDrop(view: EditorView, event: DragEvent, moved: boolean, onDroppedImages: (count: number) => void): boolean {
  if (moved) return false;
  const blocks = foreignBlocks(event.dataTransfer, onDroppedImages);
  if (blocks === null) return false;
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (blocks.length > 0 && at) {
    event.preventDefault();
    view.dispatch(view.state.tr.replaceRange(at.pos, at.pos, sliceOf(view, blocks)).scrollIntoView().setMeta('uiEvent', 'drop'));
  }
  return true;
}
