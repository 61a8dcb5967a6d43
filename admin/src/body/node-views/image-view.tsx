/**
 * An image block in the body: the picture, and its alt text, caption and
 * credit edited in place. What is still missing before publishing is said
 * under the fields, and marked invalid after a publish attempt.
 */
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { imageCredit } from '../../media/image-grid.js';
import { imageCache } from '../../media/image-cache.js';
import { IMAGE_FIELD_LABELS, missingImageFields, type ImageField } from '../body-checks.js';
import { useBodyEditorServices } from '../body-editor-context.js';
import { NodeBar } from './node-bar.js';

const FIELDS: { key: ImageField; label: string; max: number }[] = [
  { key: 'alt', label: 'Alt text', max: 500 },
  { key: 'caption', label: 'Caption', max: 1000 },
  { key: 'credit', label: 'Credit', max: 300 },
];

export function ImageView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const services = useBodyEditorServices();
  const id = useId();
  const attrs = node.attrs as { imageId: number | null; alt: string; caption: string; credit: string };
  const image = imageCache.useItem(attrs.imageId);
  const missing = missingImageFields(attrs);

  const replace = async () => {
    const picked = await services.pickImage();
    if (!picked) return;
    updateAttributes({
      imageId: picked.id,
      alt: attrs.alt || picked.alt,
      caption: attrs.caption || picked.caption,
      credit: attrs.credit || imageCredit(picked),
    });
  };

  return (
    <NodeViewWrapper as="figure" className={`node node--image${selected ? ' node--selected' : ''}`} data-testid="image-block" dir="ltr">
      <NodeBar label="Image">
        <button type="button" className="button button--small" onClick={() => void replace()}>
          Replace
        </button>
        <button type="button" className="button button--small button--quiet" onClick={deleteNode} aria-label="Remove image block">
          Remove
        </button>
      </NodeBar>
      <div className="node__image-body" contentEditable={false}>
        <div className="node__thumb">
          {image && typeof image === 'object' ? (
            <img src={image.thumbnailUrl || image.url} alt="" />
          ) : (
            <span className="muted small">{image === 'missing' ? `Image ${attrs.imageId} (preview unavailable)` : 'Loading…'}</span>
          )}
        </div>
        <div className="node__fields">
          {FIELDS.map(({ key, label, max }) => {
            const isMissing = missing.includes(key);
            return (
              <div className="field" key={key}>
                <label htmlFor={`${id}-${key}`}>
                  {label}
                  {isMissing && <span className="required"> (required)</span>}
                </label>
                <input
                  id={`${id}-${key}`}
                  data-testid={`image-block-${key}`}
                  dir={services.dir}
                  lang={services.lang}
                  value={attrs[key]}
                  maxLength={max}
                  aria-invalid={isMissing && services.flagProblems ? true : undefined}
                  aria-describedby={isMissing ? `${id}-missing` : undefined}
                  onChange={(e) => updateAttributes({ [key]: e.target.value })}
                />
              </div>
            );
          })}
          {missing.length > 0 && (
            <p id={`${id}-missing`} className={services.flagProblems ? 'node__missing node__missing--flagged' : 'node__missing'} data-testid="image-block-missing">
              Required before publishing: {missing.map((f) => IMAGE_FIELD_LABELS[f]).join(', ')}.
            </p>
          )}
        </div>
      </div>
    </NodeViewWrapper>
  );
}
