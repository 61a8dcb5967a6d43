/** A pulled quote: its text is edited in the flow of the body, the attribution in a field below. */
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';

export function QuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const id = useId();
  return (
    <NodeViewWrapper as="figure" className="node node--quote" data-testid="quote-block">
      <blockquote className="node__quote-text">
        <NodeViewContent<"p"> as="p" />
      </blockquote>
      <div className="field field--inline" contentEditable={false}>
        <label htmlFor={`${id}-attribution`}>Quote by</label>
        <input id={`${id}-attribution`} data-testid="quote-attribution" value={(node.attrs.attribution as string) ?? ''} maxLength={300}
          onChange={(e) => updateAttributes({ attribution: e.target.value })} />
      </div>
    </NodeViewWrapper>
  );
}
