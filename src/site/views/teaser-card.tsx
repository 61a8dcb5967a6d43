/**
 * A teaser for an article in a list: an `<article>` whose heading links to
 * it. The whole card is clickable through the heading link's stretched
 * pseudo-element (CSS), so there is still only one link per card for
 * keyboard and screen-reader users.
 */
import { h } from '../html-jsx.js';
import type { TeaserModel } from '../view-models.js';
import { ResponsiveImage } from './responsive-image.js';

interface TeaserCardProps {
  teaser: TeaserModel;
  /** h2 under a page h1 (listings), h3 under a block h2 (home). */
  headingLevel: 2 | 3;
  variant?: 'large' | 'standard' | 'compact';
  /** `sizes` for the card's slot in its grid. */
  imageSizes?: string;
  /** `eager` for the page's largest picture (the home's top story): fetched first, with high priority. */
  imageLoading?: 'eager' | 'lazy';
}

export function TeaserCard({ teaser, headingLevel, variant = 'standard', imageSizes, imageLoading = 'lazy' }: TeaserCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const showImage = variant !== 'compact' && teaser.image !== null;
  return (
    <article class={`teaser-card teaser-card--${variant}`}>
      {showImage && teaser.image && (
        <ResponsiveImage image={teaser.image} loading={imageLoading} className="teaser-card__image" sizes={imageSizes} />
      )}
      <div class="teaser-card__text">
        {teaser.kicker && <p class="kicker">{teaser.kicker}</p>}
        <Heading class="teaser-card__headline">
          <a href={teaser.href}>{teaser.headline}</a>
        </Heading>
        {variant !== 'compact' && teaser.teaser && <p class="teaser-card__summary">{teaser.teaser}</p>}
        <p class="teaser-card__meta">
          <time datetime={teaser.publishedAt}>{teaser.publishedLabel}</time>
        </p>
      </div>
    </article>
  );
}
