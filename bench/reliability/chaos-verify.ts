/**
 * After a kill: checks the store's integrity and that every acknowledged write
 * is present and whole. The server is down; SQLite is opened read-only
 * straight from the file (recovering its WAL the way the next start would see
 * it), PostgreSQL through a plain client. The same SQL runs on both (ids are
 * numbers the script chose; guids are quoted).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { ArticleState, Ledger } from './chaos-ledger.js';

export interface Reader {
  all(sql: string): Promise<Record<string, unknown>[]>;
  /** Problems with the store itself (integrity, foreign keys); empty when sound. */
  integrity(): Promise<string[]>;
  close(): Promise<void>;
}

export function sqliteReader(file: string): Reader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    all: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
    async integrity() {
      const problems: string[] = [];
      const check = db.pragma('integrity_check') as { integrity_check: string }[];
      if (check.length !== 1 || check[0]?.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(check).slice(0, 500)}`);
      const orphans = db.pragma('foreign_key_check') as unknown[];
      if (orphans.length > 0) problems.push(`foreign_key_check: ${orphans.length} rows, e.g. ${JSON.stringify(orphans.slice(0, 3))}`);
      return problems;
    },
    close: async () => {
      db.close();
    },
  };
}

export async function postgresReader(url: string): Promise<Reader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    all: async (sql) => (await client.query(sql)).rows,
    async integrity() {
      // Foreign keys hold by constraint on PostgreSQL: check that they exist and are all validated (none added NOT VALID).
      const { rows } = await client.query(
        `select count(*)::int as total, count(*) filter (where not c.convalidated)::int as invalid
           from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where c.contype = 'f' and n.nspname = current_schema()`,
      );
      const { total, invalid } = rows[0] as { total: number; invalid: number };
      return total === 0 ? ['no foreign key constraints found in the schema'] : invalid > 0 ? [`${invalid} foreign keys not validated`] : [];
    },
    close: () => client.end(),
  };
}

export interface Verification {
  checked: number;
  lost: string[];
  /** Article changes in flight at the kill that turned out committed (allowed; counted to show the case occurs). */
  inFlightCommitted: number;
}

const inList = (ids: number[]) => (ids.length === 0 ? '(null)' : `(${ids.map((id) => Number(id)).join(',')})`);
const quoted = (values: string[]) => (values.length === 0 ? '(null)' : `(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')})`);
const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function matches(row: { headline: string; status: string; lead_image_id: number | null }, topics: number[], authors: number[], notices: number, state: ArticleState): boolean {
  return row.headline === state.headline && row.status === state.status && (row.lead_image_id ?? null) === state.leadImageId
    && sameList(topics, state.topicIds) && sameList(authors, state.authorIds) && notices === state.notices;
}

/**
 * Checks every ledger entry; an article whose in-flight change turned out to be
 * committed is then known in its new state (so the next round builds on it).
 */
export async function verifyLedger(reader: Reader, ledger: Ledger, dataDir: string, dropDir: string): Promise<Verification> {
  const lost: string[] = [];
  let checked = 0;
  let inFlightCommitted = 0;
  const records = [...ledger.articles.values()];
  const ids = records.map((r) => r.id);
  const rows = new Map((await reader.all(`select id, revision, headline, status, lead_image_id from articles where id in ${inList(ids)}`)).map((r) => [Number(r.id), r]));
  const grouped = async (table: string, column: string) => {
    const map = new Map<number, number[]>();
    for (const r of await reader.all(`select article_id, ${column} as v from ${table} where article_id in ${inList(ids)} order by article_id, position`))
      map.set(Number(r.article_id), [...(map.get(Number(r.article_id)) ?? []), Number(r.v)]);
    return map;
  };
  const topics = await grouped('article_topics', 'topic_id');
  const authors = await grouped('article_authors', 'author_id');
  const notices = new Map((await reader.all(`select article_id, count(*) as n from article_notices where article_id in ${inList(ids)} group by article_id`)).map((r) => [Number(r.article_id), Number(r.n)]));
  const revisions = new Map<string, string>();
  for (const r of await reader.all(`select article_id, revision, snapshot from article_revisions where article_id in ${inList(ids)}`))
    revisions.set(`${r.article_id}:${r.revision}`, String(r.snapshot));

  for (const record of records) {
    checked++;
    const row = rows.get(record.id) as { revision: number; headline: string; status: string; lead_image_id: number | null } | undefined;
    if (!row) {
      lost.push(`article ${record.id} (acknowledged at revision ${record.revision}) is missing`);
      continue;
    }
    const t = topics.get(record.id) ?? [];
    const a = authors.get(record.id) ?? [];
    const n = notices.get(record.id) ?? 0;
    const revision = Number(row.revision);
    if (revision === record.revision && matches(row, t, a, n, record.state)) {
      record.pending = null;
    } else if (record.pending && revision > record.revision && matches(row, t, a, n, record.pending)) {
      record.state = record.pending; // the in-flight change committed before the kill: allowed, and now known
      record.revision = revision;
      record.pending = null;
      inFlightCommitted++;
    } else {
      lost.push(`article ${record.id}: expected revision ${record.revision} "${record.state.headline}" (${record.state.status}, topics ${record.state.topicIds}, authors ${record.state.authorIds}, ${record.state.notices} notices)` +
        `${record.pending ? ` or the in-flight "${record.pending.headline}"` : ''}, found revision ${revision} "${row.headline}" (${row.status}, topics ${t}, authors ${a}, ${n} notices)`);
    }
    for (const [number, headline] of record.acknowledged) {
      const snapshot = revisions.get(`${record.id}:${number}`);
      if (snapshot === undefined) lost.push(`article ${record.id}: revision row ${number} is missing`);
      else if (!JSON.parse(snapshot) || (JSON.parse(snapshot).headline !== undefined && JSON.parse(snapshot).headline !== headline))
        lost.push(`article ${record.id}: revision ${number} holds "${JSON.parse(snapshot).headline}", expected "${headline}"`);
    }
  }

  // Wire: every acknowledged push as its exact version, and the story at that version or newer.
  const processedDir = path.join(dropDir, 'processed');
  const processed = new Set(fs.existsSync(processedDir) ? fs.readdirSync(processedDir) : []);
  const waiting = new Set(fs.readdirSync(dropDir));
  const droppedAndTaken = ledger.drops.filter((d) => processed.has(d.file as string));
  for (const drop of ledger.drops)
    if (!processed.has(drop.file as string) && !waiting.has(drop.file as string)) lost.push(`drop file ${drop.file} vanished (neither waiting nor in processed/)`);
  const wire = [...ledger.wire, ...droppedAndTaken];
  const guids = [...new Set(wire.map((w) => w.guid))];
  const items = new Set((await reader.all(`select guid, version, headline from wire_items where guid in ${quoted(guids)}`)).map((r) => `${r.guid}|${r.version}|${r.headline}`));
  const stories = new Map((await reader.all(`select guid, latest_version from wire_stories where guid in ${quoted(guids)}`)).map((r) => [String(r.guid), Number(r.latest_version)]));
  for (const w of wire) {
    checked++;
    if (!items.has(`${w.guid}|${w.version}|${w.headline}`)) lost.push(`wire ${w.via} ${w.guid} v${w.version} "${w.headline}" is missing`);
    else if ((stories.get(w.guid) ?? 0) < w.version) lost.push(`wire story ${w.guid} is at v${stories.get(w.guid)} below the acknowledged v${w.version}`);
  }

  // Images: the row, and the original and every derivative on disk.
  const imageRows = new Map((await reader.all(`select id, file_name, derivative_widths from images where id in ${inList(ledger.images.map((i) => i.id))}`)).map((r) => [Number(r.id), r]));
  for (const image of ledger.images) {
    checked++;
    const row = imageRows.get(image.id);
    if (!row || row.file_name !== image.fileName) {
      lost.push(`image ${image.id} (${image.fileName}) is missing or changed`);
      continue;
    }
    const widths = String(row.derivative_widths).split(',').map(Number);
    const files = [image.fileName, ...widths.slice(0, -1).map((w) => image.fileName.replace(/\.jpg$/, `-${w}.jpg`))];
    for (const file of files) {
      const full = path.join(dataDir, 'media', file);
      if (!fs.existsSync(full) || fs.statSync(full).size === 0) lost.push(`image ${image.id}: file ${file} is missing or empty`);
    }
  }
  return { checked, lost, inFlightCommitted };
}
