/**
 * "Column contains this text" for LIKE, the same on both stores: `%` and `_`
 * in the text are escaped, and the escape character is declared, because
 * SQLite has no default one (PostgreSQL's is the backslash).
 */
import { sql, type Expression, type RawBuilder } from 'kysely';

export function likeContains(column: Expression<unknown>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${column} like ${pattern} escape '\\'`;
}

/** The words of a search box (at most 8); every one must match. */
export function searchWords(text: string | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
}
