/**
 * Where image files live: a folder under the data directory. File names are
 * content hashes, so a stored file never changes and can be cached forever.
 * Writes go to a temporary name first and are renamed into place, so a crash
 * mid-write never leaves a truncated file under a real name.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './image-limits.js';

export interface MediaStore {
  readonly directory: string;
  /** How large a picture may be decoded into this store (HERALD_MAX_IMAGE_PIXELS). */
  readonly imageLimits: ImageLimits;
  put(fileName: string, bytes: Uint8Array): Promise<void>;
  exists(fileName: string): Promise<boolean>;
}

const SAFE_NAME = /^[a-z0-9][a-z0-9.-]{0,100}$/;

export function isSafeMediaName(fileName: string): boolean {
  return SAFE_NAME.test(fileName) && !fileName.includes('..');
}

export function createLocalMediaStore(directory: string, options: { imageLimits?: ImageLimits } = {}): MediaStore {
  return {
    directory,
    imageLimits: options.imageLimits ?? DEFAULT_IMAGE_LIMITS,
    async put(fileName, bytes) {
      if (!isSafeMediaName(fileName)) throw new Error(`Refusing unsafe media file name: ${fileName}`);
      await fs.mkdir(directory, { recursive: true });
      const target = path.join(directory, fileName);
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
    },
    async exists(fileName) {
      if (!isSafeMediaName(fileName)) return false;
      return fs.access(path.join(directory, fileName)).then(
        () => true,
        () => false,
      );
    },
  };
}
