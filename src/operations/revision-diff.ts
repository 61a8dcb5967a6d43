/**
 * A readable diff between two revisions: per changed field, word-level
 * insertions and deletions of its text (body blocks flattened to lines).
 */
import { diffWordsWithSpace } from 'diff';
import { bodyToPlainText } from '../domain/blocks.js';
import type { ArticleSnapshot } from './ports.js';

export interface FieldDiff {
  field: string;
  before: string;
  after: string;
  changes: { op: 'equal' | 'insert' | 'delete'; text: string }[];
}

const TEXT_FIELDS: [keyof ArticleSnapshot, string][] = [
  ['kicker', 'Kicker'], ['headline', 'Headline'], ['teaser', 'Teaser'], ['body', 'Body'], ['slug', 'Slug'],
  ['sectionId', 'Section'], ['topicIds', 'Topics'], ['authorIds', 'Authors'], ['agencyIds', 'Agencies'],
  ['leadImageId', 'Lead image'], ['embargoUntil', 'Embargo'], ['translationGroup', 'Translations'], ['status', 'Status'],
];

function asText(snapshot: ArticleSnapshot, field: keyof ArticleSnapshot): string {
  if (field === 'body') return bodyToPlainText(snapshot.body);
  const value = snapshot[field];
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] {
  return TEXT_FIELDS.flatMap(([field, label]) => {
    const a = asText(before, field);
    const b = asText(after, field);
    if (a === b) return [];
    const changes = diffWordsWithSpace(a, b).map((part) => ({
      op: part.added ? ('insert' as const) : part.removed ? ('delete' as const) : ('equal' as const),
      text: part.value,
    }));
    return [{ field: label, before: a, after: b, changes }];
  });
}
