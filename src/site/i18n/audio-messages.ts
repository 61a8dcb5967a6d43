/**
 * Interface strings of the audio pages (issue 10), per edition language. Kept
 * apart from messages.ts so the podcast pages ship as one unit; the same
 * rule holds: every language implements the interface, so a missing string
 * is a compile error.
 */
export interface AudioMessages {
  /** Menu and page heading: "Latest audio". */
  latestAudio: string;
  latestAudioDescription: string;
  audio: string;
  podcasts: string;
  episodes: string;
  noEpisodes: string;
  /** "Episode of {show}" */
  episodeOf: string;
  listen: string;
  duration: string;
  transcript: string;
  noTranscript: string;
  /** Link under the player for readers whose browser cannot play it. */
  downloadAudio: string;
  subscribe: string;
  /** "Podcast feed (RSS)" */
  podcastFeed: string;
  allEpisodes: string;
  explicit: string;
  /** Fallback text inside <audio> for browsers without it. */
  noAudioSupport: string;
}

const en: AudioMessages = {
  latestAudio: 'Latest audio',
  latestAudioDescription: 'The newest episodes of our podcasts.',
  audio: 'Audio',
  podcasts: 'Podcasts',
  episodes: 'Episodes',
  noEpisodes: 'No episodes yet.',
  episodeOf: 'Episode of {show}',
  listen: 'Listen',
  duration: 'Duration',
  transcript: 'Transcript',
  noTranscript: 'There is no transcript for this episode yet.',
  downloadAudio: 'Download the audio file',
  subscribe: 'Subscribe',
  podcastFeed: 'Podcast feed (RSS)',
  allEpisodes: 'All episodes',
  explicit: 'Explicit',
  noAudioSupport: 'Your browser cannot play this audio; download the file instead.',
};

const de: AudioMessages = {
  latestAudio: 'Neueste Audios',
  latestAudioDescription: 'Die neuesten Folgen unserer Podcasts.',
  audio: 'Audio',
  podcasts: 'Podcasts',
  episodes: 'Folgen',
  noEpisodes: 'Noch keine Folgen.',
  episodeOf: 'Folge von {show}',
  listen: 'Anhören',
  duration: 'Dauer',
  transcript: 'Transkript',
  noTranscript: 'Für diese Folge gibt es noch kein Transkript.',
  downloadAudio: 'Audiodatei herunterladen',
  subscribe: 'Abonnieren',
  podcastFeed: 'Podcast-Feed (RSS)',
  allEpisodes: 'Alle Folgen',
  explicit: 'Explizit',
  noAudioSupport: 'Ihr Browser kann diese Audiodatei nicht abspielen; laden Sie sie stattdessen herunter.',
};

const ar: AudioMessages = {
  latestAudio: 'أحدث المقاطع الصوتية',
  latestAudioDescription: 'أحدث حلقات البودكاست لدينا.',
  audio: 'صوتيات',
  podcasts: 'بودكاست',
  episodes: 'الحلقات',
  noEpisodes: 'لا توجد حلقات بعد.',
  episodeOf: 'حلقة من {show}',
  listen: 'استمع',
  duration: 'المدة',
  transcript: 'النص الكامل',
  noTranscript: 'لا يتوفر نص لهذه الحلقة بعد.',
  downloadAudio: 'تنزيل الملف الصوتي',
  subscribe: 'اشترك',
  podcastFeed: 'خلاصة البودكاست (RSS)',
  allEpisodes: 'جميع الحلقات',
  explicit: 'محتوى صريح',
  noAudioSupport: 'لا يستطيع متصفحك تشغيل هذا الملف الصوتي؛ يمكنك تنزيله بدلاً من ذلك.',
};

const BY_LANG: Record<string, AudioMessages> = { en, de, ar };

/** The strings for an edition language; English for a language without its own. */
export function audioMessages(lang: string): AudioMessages {
  return BY_LANG[lang.split('-')[0] ?? ''] ?? en;
}
