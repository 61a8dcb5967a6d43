/**
 * Audio and video uploads: `HERALD_MAX_MEDIA_BYTES` caps one file (default
 * 200 MB). Uploads are streamed to disk, so the cap bounds disk use per
 * upload, not memory.
 */
import { HeraldError } from '../domain/errors.js';

export const DEFAULT_MAX_MEDIA_BYTES = 200 * 1024 * 1024;

export interface MediaConfig {
  maxMediaBytes: number;
}

export function loadMediaConfig(env: NodeJS.ProcessEnv): MediaConfig {
  const raw = env.HERALD_MAX_MEDIA_BYTES?.trim();
  if (!raw) return { maxMediaBytes: DEFAULT_MAX_MEDIA_BYTES };
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1024 || value > 64 * 1024 ** 3) {
    throw new HeraldError('HERALD_CONFIG', `Invalid configuration: HERALD_MAX_MEDIA_BYTES: "${raw}" must be a whole number of bytes between 1024 and 68719476736 (64 GiB).`);
  }
  return { maxMediaBytes: value };
}
