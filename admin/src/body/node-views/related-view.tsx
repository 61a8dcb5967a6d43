/** A related-article teaser in the body: the teased article's headline, with Change and Remove. */
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { articleCache } from '../../articles/article-cache.js';
import { useBodyEditorServices } from '../body-editor-context.js';
import { NodeBar } from './node-bar.js';

export function RelatedView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const services = useBodyEditorServices();
  const articleId = (node.attrs.articleId as number | null) ?? null;
  const article = articleCache.useItem(articleId);
  const change = async () => {
    const picked = await services.pickArticle();
    if (picked) updateAttributes({ articleId: picked.id });
  };
  return (
    <NodeViewWrapper as="aside" className={`node node--related${selected ? ' node--selected' : ''}`} data-testid="related-block" dir="ltr">
      <NodeBar label="Read also">
        <button type="button" className="button button--small" onClick={() => void change()}>
          Change
        </button>
        <button type="button" className="button button--small button--quiet" onClick={deleteNode} aria-label="Remove related article">
          Remove
        </button>
      </NodeBar>
      <p className="node__related-headline" contentEditable={false} dir="auto">
        {article && typeof article === 'object'
          ? `${article.headline} (${article.editionCode}, #${article.id})`
          : article === 'missing'
            ? `Article #${articleId} (not found)`
            : 'Loading…'}
      </p>
    </NodeViewWrapper>
  );
}
