/**
 * Pasting from outside the editor: the clipboard's HTML goes through
 * `pastedHtmlToBlocks` (never through the browser's parser) and is inserted
 * as the same document the editor would load from blocks. A paste copied
 * inside the editor itself (ProseMirror marks it `data-pm-slice`) and plain
 * text keep ProseMirror's own handling, which the schema already limits.
 */
import { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { blocksToDoc } from './blocks-to-doc.js';
import { pastedHtmlToBlocks } from './html-to-blocks.js';

export function handleHtmlPaste(view: EditorView, event: ClipboardEvent, onDroppedImages: (count: number) => void): boolean {
  const html = event.clipboardData?.getData('text/html');
  if (!html || html.includes('data-pm-slice')) return false;
  const { blocks, droppedImages } = pastedHtmlToBlocks(html);
  if (droppedImages > 0) onDroppedImages(droppedImages);
  if (blocks.length === 0) return droppedImages > 0;
  const doc = view.state.schema.nodeFromJSON(blocksToDoc(blocks));
  const slice = Slice.maxOpen(doc.content);
  view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
  return true;
}
