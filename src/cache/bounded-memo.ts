/**
 * Remembered answers of a pure function of a string (a link's IRI form, a
 * date's label, an image's file list, a request target's cache key), for
 * values a page or a request asks for again and again. Bounded, because the
 * keys come from requests and from an archive of any size: when full it is
 * emptied rather than kept in recency order, so a hit stays one Map lookup
 * and the hot keys come straight back after a clear. `undefined` marks a
 * miss, so `make` must not answer it (it would be made again every time).
 */
export interface BoundedMemo<V> {
  /** The remembered answer for `key`, or `make(key)`, remembered. */
  get(key: string, make: (key: string) => V): V;
  readonly size: number;
}

export function boundedMemo<V>(maxEntries: number): BoundedMemo<V> {
  const answers = new Map<string, V>();
  return {
    get(key, make) {
      let answer = answers.get(key);
      if (answer === undefined) {
        if (answers.size >= maxEntries) answers.clear();
        answer = make(key);
        answers.set(key, answer);
      }
      return answer;
    },
    get size() {
      return answers.size;
    },
  };
}
