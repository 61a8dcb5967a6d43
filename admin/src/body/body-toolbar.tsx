/**
 * The body editor's toolbar: inline formatting, block types and the custom
 * blocks. Buttons say their state with aria-pressed; arrow keys move along
 * the toolbar as well as Tab.
 */
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { useState, type KeyboardEvent } from 'react';
import { imageCredit } from '../media/image-grid.js';
import { useBodyEditorServices } from './body-editor-context.js';
import { LinkForm } from './link-form.js';

interface ToolProps {
  label: string;
  testId: string;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
  text?: string;
}

function Tool({ label, testId, onClick, pressed, disabled, shortcut, text }: ToolProps) {
  return (
    <button type="button" className="tool" data-testid={testId} aria-pressed={pressed} disabled={disabled}
      title={shortcut ? `${label} (${shortcut})` : label} aria-label={text ? label : undefined}
      onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {text ?? label}
    </button>
  );
}

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.tool:not(:disabled)'));
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1) return;
  event.preventDefault();
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const step = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (index + step + buttons.length) % buttons.length;
  buttons[next]?.focus();
}

export function BodyToolbar({ editor }: { editor: Editor }) {
  const services = useBodyEditorServices();
  const [linking, setLinking] = useState(false);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      paragraph: e.isActive('paragraph'),
      subheading: e.isActive('heading', { level: 2 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('quote'),
      inQuoteOrHeading: e.isActive('quote') || e.isActive('heading'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  /** Inserts a block node; with a block selected (an image just added), it goes after it instead of replacing it. */
  const insertBlock = (content: JSONContent) => {
    const { selection } = editor.state;
    if (selection instanceof NodeSelection) chain().insertContentAt(selection.to, content).run();
    else chain().insertContent(content).run();
  };

  const addImage = async () => {
    const image = await services.pickImage();
    if (image)
      insertBlock({ type: 'image', attrs: { imageId: image.id, alt: image.alt, caption: image.caption, credit: imageCredit(image) } });
  };
  const addRelated = async () => {
    const article = await services.pickArticle();
    if (article) insertBlock({ type: 'related', attrs: { articleId: article.id } });
  };

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label="Body formatting" aria-controls="body-editor" onKeyDown={moveFocus}>
        <div className="toolbar__group">
          <Tool label="Bold" text="B" testId="toolbar-bold" shortcut="Ctrl+B" pressed={s.bold} disabled={s.inQuoteOrHeading} onClick={() => chain().toggleBold().run()} />
          <Tool label="Italic" text="I" testId="toolbar-italic" shortcut="Ctrl+I" pressed={s.italic} disabled={s.inQuoteOrHeading} onClick={() => chain().toggleItalic().run()} />
          <Tool label="Link" testId="toolbar-link" pressed={s.link} disabled={s.inQuoteOrHeading} onClick={() => setLinking((v) => !v)} />
        </div>
        <div className="toolbar__group">
          <Tool label="Paragraph" testId="toolbar-paragraph" pressed={s.paragraph && !s.bullet && !s.ordered} onClick={() => chain().setParagraph().run()} />
          <Tool label="Subheading" testId="toolbar-subheading" shortcut="## then space" pressed={s.subheading} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
          <Tool label="Bullet list" testId="toolbar-bullet-list" pressed={s.bullet} onClick={() => chain().toggleBulletList().run()} />
          <Tool label="Numbered list" testId="toolbar-ordered-list" pressed={s.ordered} onClick={() => chain().toggleOrderedList().run()} />
          <Tool label="Quote" testId="toolbar-quote" shortcut="> then space" pressed={s.quote}
            onClick={() => (s.quote ? chain().setParagraph().run() : chain().setNode('quote').run())} />
        </div>
        <div className="toolbar__group">
          <Tool label="Image" testId="toolbar-image" onClick={() => void addImage()} />
          <Tool label="Related article" testId="toolbar-related" onClick={() => void addRelated()} />
          <Tool label="Video or audio" testId="toolbar-embed"
            onClick={() => insertBlock({ type: 'embed', attrs: { kind: 'video', title: '', url: '' } })} />
        </div>
        <div className="toolbar__group">
          <Tool label="Undo" text="↶" testId="toolbar-undo" shortcut="Ctrl+Z" disabled={!s.canUndo} onClick={() => chain().undo().run()} />
          <Tool label="Redo" text="↷" testId="toolbar-redo" shortcut="Ctrl+Shift+Z" disabled={!s.canRedo} onClick={() => chain().redo().run()} />
        </div>
      </div>
      {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
    </div>
  );
}
