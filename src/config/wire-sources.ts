/**
 * Wire sources, one per agency, from `HERALD_WIRE_SOURCES` (a JSON array),
 * validated once at start-up so a typo stops the process with a message that
 * names the entry and the field:
 *
 *   [{"name":"afp","kind":"folder","path":"/data/afp"},
 *    {"name":"dpa","kind":"push","token":"…at least 16 characters…"},
 *    {"name":"reuters","kind":"poll","url":"https://…/feed.xml","intervalSeconds":60}]
 *
 * `HERALD_WIRE_PICTURE_HOSTS` (comma-separated host names) limits where the
 * pictures of adopted wire items may be downloaded from; unset means any host.
 */
import path from 'node:path';
import { z } from 'zod';
import { HeraldError } from '../domain/errors.js';

const name = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i, 'a source name is 1 to 40 letters, digits, "-" or "_", starting with a letter or digit');

const folderSource = z
  .object({
    name,
    kind: z.literal('folder'),
    path: z.string().min(1, 'the drop folder path must not be empty'),
    /** How often the folder is listed; a file is taken once its size is the same on two listings. */
    intervalMs: z.number().int().min(10).max(3_600_000).default(2000),
  })
  .strict();

const pushSource = z
  .object({
    name,
    kind: z.literal('push'),
    /** The agency sends `Authorization: Bearer <token>` to POST /ingest/<name>. */
    token: z.string().min(16, 'a push token must be at least 16 characters').max(500),
  })
  .strict();

const pollSource = z
  .object({
    name,
    kind: z.literal('poll'),
    url: z.string().url().regex(/^https?:\/\//i, 'the feed URL must be http or https'),
    intervalSeconds: z.number().int().min(1).max(86_400).default(60),
    /** Extra request headers, e.g. an API key the agency asks for. */
    headers: z.record(z.string(), z.string().max(2000)).optional(),
  })
  .strict();

const wireSourcesSchema = z
  .array(z.discriminatedUnion('kind', [folderSource, pushSource, pollSource]))
  .max(100)
  .superRefine((sources, ctx) => {
    const seen = new Set<string>();
    sources.forEach((source, index) => {
      const key = source.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `the name "${source.name}" is used twice` });
      seen.add(key);
    });
  });

export type WireSourceConfig = z.infer<typeof wireSourcesSchema>[number];
export type FolderSourceConfig = Extract<WireSourceConfig, { kind: 'folder' }>;
export type PushSourceConfig = Extract<WireSourceConfig, { kind: 'push' }>;
export type PollSourceConfig = Extract<WireSourceConfig, { kind: 'poll' }>;

export interface WireConfig {
  wireSources: WireSourceConfig[];
  /** Host names adopted pictures may be fetched from; null means any. */
  wirePictureHosts: string[] | null;
}

const configError = (message: string) => new HeraldError('HERALD_CONFIG', `Invalid configuration: ${message}`);

export function parseWireSources(text: string | undefined): WireSourceConfig[] {
  if (text === undefined || text.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw configError(`HERALD_WIRE_SOURCES is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = wireSourcesSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const entry = typeof index === 'number' ? `source ${index + 1}${field.length ? ` (${field.join('.')})` : ''}` : 'the list';
      return `${entry}: ${issue.message}`;
    });
    throw configError(`HERALD_WIRE_SOURCES: ${problems.join('; ')}`);
  }
  return parsed.data.map((source) => (source.kind === 'folder' ? { ...source, path: path.resolve(source.path) } : source));
}

export function loadWireConfig(env: NodeJS.ProcessEnv): WireConfig {
  const hosts = (env.HERALD_WIRE_PICTURE_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return { wireSources: parseWireSources(env.HERALD_WIRE_SOURCES), wirePictureHosts: hosts.length ? hosts : null };
}
