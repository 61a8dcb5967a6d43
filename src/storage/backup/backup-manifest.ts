/**
 * `manifest.json`, the description of one backup folder: every file with its
 * size and sha256, the schema version (the last migration the database had),
 * the Herald version that wrote it, when, and what it holds. Restore trusts
 * nothing in a backup folder that the manifest does not name and checksum.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { HeraldError } from '../../domain/errors.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 1;

/**
 * A relative path with `/` separators that cannot leave the folder it is read in
 * (a manifest is input: restore must not write where a crafted one points).
 * Names are otherwise free, since operators may drop files of any name into the quarantine.
 */
const safeRelativePath = z
  .string()
  .refine(
    (value) => value.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\\u0000-\u001f]/.test(part)),
    'must be a plain relative path',
  );

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  heraldVersion: z.string(),
  createdAt: z.string(),
  store: z.enum(['sqlite', 'postgres']),
  schemaVersion: z.string().min(1),
  /** True when the database file is in the folder (SQLite); PostgreSQL is dumped separately (docs/backup.md). */
  includesDatabase: z.boolean(),
  counts: z.object({ articles: z.number().int().min(0), images: z.number().int().min(0) }),
  files: z.array(z.object({ path: safeRelativePath, bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupFileEntry = BackupManifest['files'][number];

/** The database file's name inside a backup folder and inside a data folder. */
export const DATABASE_FILE = 'herald.db';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFile(root: string, relative: string): Promise<BackupFileEntry> {
  const file = path.join(root, ...relative.split('/'));
  const [stat, sha256] = await Promise.all([fs.stat(file), sha256File(file)]);
  return { path: relative, bytes: stat.size, sha256 };
}

export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  await fs.writeFile(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(folder: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  } catch (error) {
    throw new HeraldError('HERALD_VALIDATION', `${folder} is not a Herald backup: it has no readable ${MANIFEST_FILE}.`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HeraldError('HERALD_VALIDATION', `The ${MANIFEST_FILE} of ${folder} is not valid JSON; the backup is damaged.`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HeraldError(
      'HERALD_VALIDATION',
      `The ${MANIFEST_FILE} of ${folder} is not one this Herald can read (${issue?.path.join('.') || 'manifest'}: ${issue?.message}).`,
    );
  }
  return parsed.data;
}
