/**
 * Streams an audio/video/captions upload into the media folder: never held in
 * memory whole, cut off as soon as it passes the byte limit (413), refused as
 * soon as its first bytes are not a type the caller accepts (415), stored under
 * a content hash (so re-uploading the same file costs nothing and `/media/*`
 * can be cached forever). Written to a temporary name and renamed into place,
 * so a failed or aborted upload never leaves a file under a real name.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { HeraldError } from '../domain/errors.js';
import { readMediaDuration } from './media-duration.js';
import { isSafeMediaName } from './media-store.js';
import { SNIFF_BYTES, sniffMediaType, type MediaKind, type SniffedMedia } from './sniff-media-type.js';

export interface StoredMediaFile {
  fileName: string;
  kind: MediaKind;
  mime: string;
  bytes: number;
  /** Null for captions, and for files whose headers do not say. */
  durationSeconds: number | null;
}

export interface StoreMediaFileInput {
  directory: string;
  source: AsyncIterable<Uint8Array>;
  maxBytes: number;
  /** Which kinds this upload may be; anything else is refused with 415. */
  accept: readonly MediaKind[];
  /** The uploader's name for the file, only to check it does not contradict the content. */
  declaredName?: string;
}

const EXTENSION_ALIASES: Record<SniffedMedia['ext'], string[]> = {
  mp4: ['mp4', 'm4v'], m4a: ['m4a', 'mp4', 'aac'], webm: ['webm'], mp3: ['mp3'], vtt: ['vtt'],
};

const describe = (kinds: readonly MediaKind[]) =>
  kinds.map((k) => ({ video: 'an MP4 or WebM video', audio: 'an MP3 or M4A audio file', captions: 'a WebVTT captions file' })[k]).join(' or ');

function refuse(accept: readonly MediaKind[], detail: string): HeraldError {
  return new HeraldError('HERALD_UNSUPPORTED_MEDIA', `${detail} Upload ${describe(accept)}; the type is read from the file's content.`);
}

function checkSniffed(head: Uint8Array, input: StoreMediaFileInput): SniffedMedia {
  const sniffed = sniffMediaType(head);
  if (!sniffed || !input.accept.includes(sniffed.kind)) throw refuse(input.accept, 'This file is not a supported media type.');
  const declaredExt = input.declaredName ? path.extname(input.declaredName).slice(1).toLowerCase() : '';
  if (declaredExt && !EXTENSION_ALIASES[sniffed.ext].includes(declaredExt)) {
    throw refuse(input.accept, `The file is named ".${declaredExt}" but its content is ${sniffed.mime}; rename it or upload the right file.`);
  }
  return sniffed;
}

export async function storeMediaFile(input: StoreMediaFileInput): Promise<StoredMediaFile> {
  await fsp.mkdir(input.directory, { recursive: true });
  const temporary = path.join(input.directory, `upload-${randomBytes(8).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  const out = fs.createWriteStream(temporary, { flags: 'wx' });
  const outClosed = new Promise<void>((resolve, reject) => { out.on('close', resolve); out.on('error', reject); });
  let bytes = 0;
  let head: Uint8Array = new Uint8Array(0);
  let sniffed: SniffedMedia | null = null;
  try {
    for await (const chunk of input.source) {
      bytes += chunk.length;
      if (bytes > input.maxBytes) {
        throw new HeraldError('HERALD_PAYLOAD_TOO_LARGE', `This file is larger than the ${Math.floor(input.maxBytes / 1048576) || input.maxBytes + ' bytes'}${input.maxBytes >= 1048576 ? ' MB' : ''} allowed (HERALD_MAX_MEDIA_BYTES).`);
      }
      if (!sniffed) {
        head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (head.length >= SNIFF_BYTES) sniffed = checkSniffed(head, input);
      }
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    sniffed ??= checkSniffed(head, input); // files shorter than SNIFF_BYTES
    out.end();
    await outClosed;
    const fileName = `${hash.digest('hex').slice(0, 32)}.${sniffed.ext}`;
    if (!isSafeMediaName(fileName)) throw new Error(`unexpected media file name ${fileName}`);
    const target = path.join(input.directory, fileName);
    await fsp.rename(temporary, target);
    const durationSeconds = sniffed.kind === 'captions' ? null : await readMediaDuration(target, sniffed);
    return { fileName, kind: sniffed.kind, mime: sniffed.mime, bytes, durationSeconds };
  } catch (error) {
    out.destroy();
    await outClosed.catch(() => undefined);
    await fsp.rm(temporary, { force: true });
    throw error;
  }
}
