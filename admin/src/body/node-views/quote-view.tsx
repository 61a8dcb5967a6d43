/** A pulled quote: its text is edited in the flow of the body, the attribution in a field below. */
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useBodyEditorServices } from '../body-editor-context.js';

export function QuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const id = useId();
  const { dir, lang } = useBodyEditorServices();
  return (
    <NodeViewWrapper as="figure" className="node node--quote" data-testid="quote-block" dir={dir} lang={lang}>
      <blockquote className="node__quote-text">
        <NodeViewContent<"p"> as="p" />
      </blockquote>
      <div className="field field--inline" contentEditable={false} dir="ltr" lang="en">
        <label htmlFor={`${id}-attribution`}>Quote by</label>
        <input id={`${id}-attribution`} data-testid="quote-attribution" dir={dir} lang={lang} value={(node.attrs.attribution as string) ?? ''} maxLength={300}
          onChange={(e) => updateAttributes({ attribution: e.target.value })} />
      </div>
    </NodeViewWrapper>
  );
}
