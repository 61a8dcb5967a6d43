/** Checks that the editions and author a user is linked to exist, so a typo is a 422 and not a dangling link. */
import { HeraldError } from '../domain/errors.js';
import type { ContentReader } from '../operations/ports.js';

export type ReferenceReader = Pick<ContentReader, 'listEditions' | 'getAuthors'>;

export async function checkUserReferences(
  reader: ReferenceReader | undefined,
  refs: { editionCodes?: string[] | undefined; authorId?: number | null | undefined },
): Promise<void> {
  if (!reader) return;
  if (refs.editionCodes?.length) {
    const known = new Set((await reader.listEditions()).map((e) => e.code));
    const unknown = refs.editionCodes.filter((code) => !known.has(code));
    if (unknown.length)
      throw new HeraldError('HERALD_VALIDATION', `Unknown edition${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
  }
  if (refs.authorId != null && (await reader.getAuthors([refs.authorId])).length === 0)
    throw new HeraldError('HERALD_VALIDATION', `There is no author #${refs.authorId}.`);
}
