/**
 * What a desk row is called and what kind of item it is. Pictures and
 * packages often come without a headline; their row then says what they are
 * (a caption, the slugline), never the agency's raw GUID.
 */
import type { WireStoryDto } from '../../../src/api/admin/wire-contract.js';

export const KIND_LABELS: Record<string, string> = {
  text: 'Text', picture: 'Picture', graphic: 'Graphic', video: 'Video', audio: 'Audio', package: 'Package', composite: 'Package',
};

export const kindLabel = (itemClass: string) => KIND_LABELS[itemClass] ?? itemClass.charAt(0).toUpperCase() + itemClass.slice(1);

type Labelled = Pick<WireStoryDto, 'headline' | 'itemClass' | 'slugline' | 'firstPictureCaption' | 'provider'>;

export function storyTitle(story: Labelled): string {
  const headline = story.headline.trim();
  if (headline) return headline;
  const kind = kindLabel(story.itemClass);
  if (story.firstPictureCaption) return `${kind}: ${story.firstPictureCaption}`;
  if (story.slugline) return `${kind}: ${story.slugline.replace(/[-_]+/g, ' ')}`;
  return `${kind} from ${story.provider} without a headline`;
}
