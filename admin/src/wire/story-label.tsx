/** The mark that says what kind of item a desk row is (Picture, Package, …). */
import type { WireStoryDto } from '../../../src/api/admin/wire-contract.js';
import { kindLabel } from './story-title.js';

export { kindLabel, storyTitle } from './story-title.js';

/** A word on every row that is not plain text, so pictures and packages stand out. */
export function KindMark({ story }: { story: Pick<WireStoryDto, 'itemClass' | 'pictureCount'> }) {
  if (story.itemClass === 'text')
    return story.pictureCount > 0 ? <span className="muted small"> · {story.pictureCount} picture{story.pictureCount === 1 ? '' : 's'}</span> : null;
  return <span className="wire-kind" data-testid="wire-kind">{kindLabel(story.itemClass)}</span>;
}
