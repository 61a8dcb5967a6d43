/**
 * The article body: a TipTap editor limited to what `BodyBlock` can hold,
 * with React node views for images, related articles, embeds and quotes.
 * It reports every change as blocks; `resetKey` replaces its content (after
 * "Take theirs", a restore). Pasted HTML is cleaned into blocks first.
 */
import { EditorContent, ReactNodeViewRenderer, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AdminImage, ArticleListItem } from '../../../src/api/admin/contract.js';
import type { BodyBlock } from '../../../src/domain/blocks.js';
import { ArticlePickerDialog } from '../articles/article-picker-dialog.js';
import { ImagePickerDialog } from '../media/image-picker-dialog.js';
import { blocksToDoc } from './blocks-to-doc.js';
import { BodyEditorContext, type BodyEditorServices } from './body-editor-context.js';
import { bodyStarterKit, EmbedNode, ImageNode, ListItemNode, QuoteNode, RelatedNode } from './body-extensions.js';
import { BodyToolbar } from './body-toolbar.js';
import { docToBlocks } from './doc-to-blocks.js';
import type { DocNode } from './doc-types.js';
import { EmbedView } from './node-views/embed-view.js';
import { ImageView } from './node-views/image-view.js';
import { QuoteView } from './node-views/quote-view.js';
import { RelatedView } from './node-views/related-view.js';
import { handleForeignDrop, handleForeignPaste, keepOnlyOwnHtml } from './paste-handler.js';

const extensions = [
  bodyStarterKit,
  ListItemNode,
  QuoteNode.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
  ImageNode.extend({ addNodeView: () => ReactNodeViewRenderer(ImageView) }),
  RelatedNode.extend({ addNodeView: () => ReactNodeViewRenderer(RelatedView) }),
  EmbedNode.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) }),
];

type Resolver<T> = ((value: T | null) => void) | null;

export interface BodyEditorProps {
  initialBlocks: BodyBlock[];
  resetKey: number;
  dir: 'ltr' | 'rtl';
  lang: string;
  flagProblems: boolean;
  onChange: (blocks: BodyBlock[]) => void;
  labelledBy: string;
}

export function BodyEditor({ initialBlocks, resetKey, dir, lang, flagProblems, onChange, labelledBy }: BodyEditorProps) {
  const [imageResolver, setImageResolver] = useState<Resolver<AdminImage>>(null);
  const [articleResolver, setArticleResolver] = useState<Resolver<ArticleListItem>>(null);
  const [pasteNote, setPasteNote] = useState('');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const appliedKey = useRef(resetKey);
  const notePictures = (count: number) =>
    setPasteNote(`${count} picture${count === 1 ? ' was' : 's were'} left out of the pasted text. Add images from the library with the Image button.`);

  const editor = useEditor({
    extensions,
    content: blocksToDoc(initialBlocks),
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        id: 'body-editor',
        class: 'body-editor__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        'data-testid': 'body-editor',
      },
      transformPastedHTML: keepOnlyOwnHtml,
      handlePaste: (view, event) => handleForeignPaste(view, event, notePictures),
      handleDrop: (view, event, _slice, moved) => handleForeignDrop(view, event, moved, notePictures),
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(docToBlocks(e.getJSON() as DocNode)),
  });

  useEffect(() => {
    if (appliedKey.current === resetKey) return;
    appliedKey.current = resetKey;
    editor.commands.setContent(blocksToDoc(initialBlocks), { emitUpdate: false });
  }, [editor, resetKey, initialBlocks]);

  const services = useMemo<BodyEditorServices>(
    () => ({
      pickImage: () => new Promise((resolve) => setImageResolver(() => resolve)),
      pickArticle: () => new Promise((resolve) => setArticleResolver(() => resolve)),
      flagProblems,
      dir,
      lang,
    }),
    [flagProblems, dir, lang],
  );
  const finish = <T,>(resolver: Resolver<T>, clear: () => void, value: T | null) => {
    resolver?.(value);
    clear();
  };

  return (
    <BodyEditorContext.Provider value={services}>
      <div className="body-editor">
        <BodyToolbar editor={editor} />
        <div className="body-editor__area" dir={dir} lang={lang} data-testid="body-area">
          <EditorContent editor={editor} />
        </div>
        <p className="muted small" role="status">
          {pasteNote}
        </p>
      </div>
      <ImagePickerDialog open={imageResolver !== null} title="Add an image"
        onPick={(image) => finish(imageResolver, () => setImageResolver(null), image)}
        onClose={() => finish(imageResolver, () => setImageResolver(null), null)} />
      <ArticlePickerDialog open={articleResolver !== null}
        onPick={(article) => finish(articleResolver, () => setArticleResolver(null), article)}
        onClose={() => finish(articleResolver, () => setArticleResolver(null), null)} />
    </BodyEditorContext.Provider>
  );
}
