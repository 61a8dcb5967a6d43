/** A video or audio placeholder in the body: its kind, title and (optional) address. */
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useBodyEditorServices } from '../body-editor-context.js';
import { NodeBar } from './node-bar.js';

export function EmbedView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { flagProblems, dir, lang } = useBodyEditorServices();
  const id = useId();
  const attrs = node.attrs as { kind: 'video' | 'audio'; title: string; url: string };
  const missingTitle = !attrs.title.trim();
  return (
    <NodeViewWrapper as="div" className={`node node--embed${selected ? ' node--selected' : ''}`} data-testid="embed-block" dir="ltr">
      <NodeBar label={attrs.kind === 'audio' ? 'Audio' : 'Video'}>
        <button type="button" className="button button--small button--quiet" onClick={deleteNode} aria-label="Remove embed">
          Remove
        </button>
      </NodeBar>
      <div className="node__fields node__fields--row" contentEditable={false}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={attrs.kind} onChange={(e) => updateAttributes({ kind: e.target.value })}>
            <option value="video">Video</option>
            <option value="audio">Audio</option>
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-title`}>
            Title{missingTitle && <span className="required"> (required)</span>}
          </label>
          <input id={`${id}-title`} data-testid="embed-block-title" dir={dir} lang={lang} value={attrs.title} maxLength={300}
            aria-invalid={missingTitle && flagProblems ? true : undefined} onChange={(e) => updateAttributes({ title: e.target.value })} />
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-url`}>Address (https://…, optional)</label>
          <input id={`${id}-url`} type="url" value={attrs.url} maxLength={2000} onChange={(e) => updateAttributes({ url: e.target.value })} />
        </div>
      </div>
    </NodeViewWrapper>
  );
}
