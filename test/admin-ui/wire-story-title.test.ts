/** Desk rows are named for people: a picture or package without a headline says what it is, never its GUID. */
import { describe, expect, it } from 'vitest';
import { kindLabel, storyTitle } from '../../admin/src/wire/story-title.js';

const story = { headline: '', itemClass: 'picture', slugline: null, firstPictureCaption: null, provider: 'AFP' };

describe('storyTitle', () => {
  it('uses the headline when there is one', () => {
    expect(storyTitle({ ...story, headline: ' Storm hits the coast ' })).toBe('Storm hits the coast');
  });

  it('names a picture by its caption, then by the slugline, then by what it is', () => {
    expect(storyTitle({ ...story, firstPictureCaption: 'Waves over the pier at Port Ellen' })).toBe('Picture: Waves over the pier at Port Ellen');
    expect(storyTitle({ ...story, itemClass: 'composite', slugline: 'WEATHER-STORM' })).toBe('Package: WEATHER STORM');
    expect(storyTitle(story)).toBe('Picture from AFP without a headline');
    expect(kindLabel('infographic')).toBe('Infographic');
  });
});
