/** Podcast domain rules (src/domain/podcast.ts): durations as feeds and structured data want them, visibility, transcripts. */
import { describe, expect, it } from 'vitest';
import { formatDuration, isEpisodeVisible, isoDuration, splitCategory, transcriptParagraphs } from '../../src/domain/podcast.js';
import { matchRoute, routePath } from '../../admin/src/lib/routes.js';

describe('podcast domain', () => {
  it('formats durations as mm:ss under an hour and h:mm:ss above, and as ISO 8601', () => {
    expect(formatDuration(4.075)).toBe('00:04');
    expect(formatDuration(65)).toBe('01:05');
    expect(formatDuration(3600 + 62)).toBe('1:01:02');
    expect(isoDuration(65)).toBe('PT1M5S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(0)).toBe('PT0S');
  });

  it('shows an episode only when published, with audio, from its publish time', () => {
    const audio = { fileName: 'a.mp3', url: null, mime: 'audio/mpeg', bytes: 1 };
    const now = new Date('2026-06-02T12:00:00Z');
    expect(isEpisodeVisible({ status: 'published', publishedAt: '2026-06-02T11:00:00Z', audio }, now)).toBe(true);
    expect(isEpisodeVisible({ status: 'published', publishedAt: '2026-06-02T13:00:00Z', audio }, now)).toBe(false);
    expect(isEpisodeVisible({ status: 'draft', publishedAt: '2026-06-02T11:00:00Z', audio }, now)).toBe(false);
    expect(isEpisodeVisible({ status: 'published', publishedAt: '2026-06-02T11:00:00Z', audio: null }, now)).toBe(false);
  });

  it('splits categories and transcripts', () => {
    expect(splitCategory('News/Daily News')).toEqual({ name: 'News', sub: 'Daily News' });
    expect(splitCategory('Science')).toEqual({ name: 'Science', sub: null });
    expect(transcriptParagraphs('One.\r\n\r\nTwo\nlines.\n \n\nThree.')).toEqual(['One.', 'Two\nlines.', 'Three.']);
  });

  it('routes the admin audio screens both ways', () => {
    expect(matchRoute('/admin/audio')).toEqual({ name: 'audio' });
    expect(matchRoute('/admin/audio/shows/12')).toEqual({ name: 'audio-show', id: 12 });
    expect(routePath({ name: 'audio-show', id: 12 })).toBe('/admin/audio/shows/12');
    expect(matchRoute('/admin/audio/shows/0').name).toBe('not-found');
  });
});
