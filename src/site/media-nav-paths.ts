/**
 * Where the header's "Live TV · Latest audio · Latest videos" entries lead.
 * The audio pages own their paths (src/site/audio-paths.ts); the video pages'
 * root is fixed by the issue (`/{edition}/video/`).
 */
import { latestAudioPath } from './audio-paths.js';

export const liveTvPath = (editionCode: string) => `/${editionCode}/live-tv/`;
export const latestVideosPath = (editionCode: string) => `/${editionCode}/video/`;
export { latestAudioPath };

/** The first path segment of each media page, for the header's `aria-current`. */
export type MediaNavEntry = 'live-tv' | 'audio' | 'video';
