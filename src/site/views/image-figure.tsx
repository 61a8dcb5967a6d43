/**
 * An image with its caption and credit, for the lead and for body images.
 * The credit always reads `{label} Name/agency/distributor`, e.g.
 * "Image: Jane Roe/AFP/Getty Images", as newsroom rules require.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { ImageModel } from '../view-models.js';
import { ResponsiveImage } from './responsive-image.js';

interface ImageFigureProps {
  image: ImageModel;
  messages: Messages;
  variant: 'lead' | 'body';
}

export function ImageFigure({ image, messages, variant }: ImageFigureProps) {
  const hasCaption = image.caption.trim() !== '' || image.credit.trim() !== '';
  return (
    <figure class={`figure figure--${variant}`}>
      <ResponsiveImage image={image} loading={variant === 'lead' ? 'eager' : 'lazy'} className="figure__image" />
      {hasCaption && (
        <figcaption class="figure__caption">
          {image.caption && <span class="figure__text">{image.caption}</span>}
          {image.caption && image.credit && ' '}
          {image.credit && <span class="figure__credit">{`${messages.imageCredit} ${image.credit}`}</span>}
        </figcaption>
      )}
    </figure>
  );
}
