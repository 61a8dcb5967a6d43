/**
 * Envelope policy: a file that carries several items (newsMessage, NewsML 1.2
 * with several NewsItems, a JSON array, a feed) is all or nothing. If one item
 * cannot be parsed (no guid, bad version, unsupported item type), the whole file
 * is rejected with the item's position, so the wire desk never stores half a
 * message and the agency's retransmission of the complete file is not shadowed
 * by a partial one.
 */
import type { WireItem } from '../domain/wire-item.js';
import { isWireRejection } from './wire-rejection.js';

export function parseEnvelope<T>(
  entries: readonly T[],
  parseOne: (entry: T, index: number) => WireItem,
  describe: (entry: T, index: number) => string,
): WireItem[] {
  const items: WireItem[] = [];
  entries.forEach((entry, index) => {
    try {
      items.push(parseOne(entry, index));
    } catch (e) {
      if (!isWireRejection(e) || entries.length === 1) throw e;
      const where = `Item ${index + 1} of ${entries.length} (${describe(entry, index)})`;
      throw e.withContext(`${where}; the whole file is rejected so that no partial envelope is stored`);
    }
  });
  return items;
}
