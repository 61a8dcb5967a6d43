/**
 * A "Read also" box inside the article body pointing to another article.
 * It is an `<aside>` (complementary content) named by its visible label.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { TeaserModel } from '../view-models.js';
import { ResponsiveImage } from './responsive-image.js';

interface RelatedAsideProps {
  teaser: TeaserModel;
  messages: Messages;
  /** Unique per page, for the label's id (an article may hold several boxes). */
  labelId: string;
}

export function RelatedAside({ teaser, messages, labelId }: RelatedAsideProps) {
  return (
    <aside class="related" aria-labelledby={labelId}>
      <p class="related__label" id={labelId}>
        {messages.readAlso}
      </p>
      <div class="related__body">
        {teaser.image && (
          <ResponsiveImage image={teaser.image} loading="lazy" className="related__image" sizes="8rem" />
        )}
        <p class="related__text">
          {teaser.kicker && <span class="kicker">{teaser.kicker}</span>}
          <a class="related__link" href={teaser.href}>
            {teaser.headline}
          </a>
        </p>
      </div>
    </aside>
  );
}
