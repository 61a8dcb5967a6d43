/**
 * `herald wire list [--json] [--limit N]`: the wire desk's current stories
 * (the newest version of each guid), newest first, as a readable table or as
 * JSON lines {guid, version, provider, pubStatus, headline, language,
 * urgency, isCorrection, receivedAt}.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { openConfiguredStore } from '../core.js';
import type { WireStory } from '../operations/wire-ports.js';

export const WIRE_USAGE = `Usage: npm run herald -- wire list [--json] [--limit N]

Lists the wire desk's stories (newest version of each), newest first; --limit defaults to all.`;

const PAGE = 500;

function usageError(message: string): number {
  console.error(`herald wire: ${message}\n\n${WIRE_USAGE}`);
  return 2;
}

const URGENCY: Record<number, string> = { 1: 'FLASH', 2: 'BULLETIN', 3: 'URGENT' };

function pad(text: string, width: number): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return cut.padEnd(width);
}

export function storyJson(s: WireStory): string {
  return JSON.stringify({
    guid: s.guid, version: s.latestVersion, provider: s.provider, pubStatus: s.pubStatus, headline: s.headline,
    language: s.language, urgency: s.urgency, isCorrection: s.isCorrection, receivedAt: s.receivedAt,
  });
}

function storyRow(s: WireStory): string {
  const status = s.pubStatus === 'canceled' ? 'KILLED' : s.pubStatus === 'withheld' ? 'WITHHELD' : s.isCorrection ? 'CORRECTION' : 'usable';
  const urgency = s.urgency === null ? '-' : `${s.urgency}${URGENCY[s.urgency] ? ` ${URGENCY[s.urgency]}` : ''}`;
  return [
    pad(s.receivedAt.slice(0, 16).replace('T', ' '), 16), pad(urgency, 10), pad(s.provider, 12), pad(s.language ?? '-', 6),
    pad(status, 10), pad(`v${s.latestVersion}`, 5), pad(s.headline, 60), s.guid,
  ].join(' ');
}

export async function runWire(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    console.log(WIRE_USAGE);
    return 0;
  }
  if (sub !== 'list') return usageError(sub ? `unknown subcommand "${sub}".` : 'give a subcommand.');
  let values: { json?: boolean; limit?: string };
  try {
    values = parseArgs({ args: rest, options: { json: { type: 'boolean' }, limit: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit === Infinity || (Number.isInteger(limit) && limit > 0))) return usageError(`--limit must be a positive whole number, not "${values.limit}".`);

  const store = await openConfiguredStore(loadConfig());
  try {
    if (!values.json)
      console.log([pad('RECEIVED (UTC)', 16), pad('URGENCY', 10), pad('PROVIDER', 12), pad('LANG', 6), pad('STATUS', 10), pad('VER', 5), pad('HEADLINE', 60), 'GUID'].join(' '));
    let printed = 0;
    for (let offset = 0; printed < limit; offset += PAGE) {
      const page = await store.listWireStories({ limit: Math.min(PAGE, limit - printed), offset });
      for (const story of page) console.log(values.json ? storyJson(story) : storyRow(story));
      printed += page.length;
      if (page.length < PAGE) break;
    }
    if (!values.json && printed === 0) console.log('(the wire desk is empty)');
    return 0;
  } finally {
    await store.close();
  }
}
