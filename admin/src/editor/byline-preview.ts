/** The newsroom byline the chosen authors and agencies will produce, e.g. `es/wmd (AFP, dpa)`. */
import { formatByline } from '../../../src/domain/byline.js';
import type { ReferenceData } from '../../../src/api/admin/contract.js';

export function bylinePreview(reference: Pick<ReferenceData, 'authors' | 'agencies'>, authorIds: readonly number[], agencyIds: readonly number[]): string {
  const initials = authorIds.map((id) => reference.authors.find((a) => a.id === id)?.initials ?? '');
  const agencies = agencyIds.map((id) => reference.agencies.find((a) => a.id === id)?.code ?? '');
  return formatByline({ initials, agencies });
}
