/**
 * Interface strings of the video pages and the in-article player (issue 10),
 * per edition language. Kept apart from messages.ts so the video pages ship
 * as one unit; every language implements the interface, so a missing string
 * is a compile error.
 */
export interface VideoMessages {
  /** Page heading of `/{edition}/video/`: "Latest videos". */
  latestVideos: string;
  /** Takes {siteTitle}. */
  latestVideosDescription: string;
  noVideos: string;
  /** "Duration: {time}" */
  duration: string;
  /** Fallback inside <video> for browsers that cannot play it, before the link to the file. */
  cannotPlay: string;
  openVideo: string;
  /** Accessible name of the player: "Video: {title}". */
  playerLabel: string;
  olderVideos: string;
  newerVideos: string;
}

const en: VideoMessages = {
  latestVideos: 'Latest videos',
  latestVideosDescription: 'The newest videos from {siteTitle}.',
  noVideos: 'No videos have been published yet.',
  duration: 'Duration: {time}',
  cannotPlay: 'Your browser cannot play this video here.',
  openVideo: 'Open the video file',
  playerLabel: 'Video: {title}',
  olderVideos: 'Older videos',
  newerVideos: 'Newer videos',
};

const de: VideoMessages = {
  latestVideos: 'Neueste Videos',
  latestVideosDescription: 'Die neuesten Videos von {siteTitle}.',
  noVideos: 'Es wurden noch keine Videos veröffentlicht.',
  duration: 'Dauer: {time}',
  cannotPlay: 'Ihr Browser kann dieses Video hier nicht abspielen.',
  openVideo: 'Videodatei öffnen',
  playerLabel: 'Video: {title}',
  olderVideos: 'Ältere Videos',
  newerVideos: 'Neuere Videos',
};

const ar: VideoMessages = {
  latestVideos: 'أحدث الفيديوهات',
  latestVideosDescription: 'أحدث مقاطع الفيديو من {siteTitle}.',
  noVideos: 'لم تُنشر أي مقاطع فيديو بعد.',
  duration: 'المدة: {time}',
  cannotPlay: 'لا يستطيع متصفحك تشغيل هذا الفيديو هنا.',
  openVideo: 'افتح ملف الفيديو',
  playerLabel: 'فيديو: {title}',
  olderVideos: 'فيديوهات أقدم',
  newerVideos: 'فيديوهات أحدث',
};

const BY_LANG: Record<string, VideoMessages> = { en, de, ar };

/** The strings for an edition language; English for a language without its own. */
export function videoMessages(lang: string): VideoMessages {
  return BY_LANG[lang.split('-')[0] ?? ''] ?? en;
}
