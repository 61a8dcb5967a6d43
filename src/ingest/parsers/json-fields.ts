/**
 * Reading agency JSON whose key spelling varies by version and vendor
 * (`versioncreated`, `versionCreated`, `version_created`): keys are matched
 * case-insensitively with `_` and `-` ignored.
 */
import { isRecord } from '../detect-format.js';

export class JsonFields {
  private readonly values = new Map<string, unknown>();
  readonly source: Record<string, unknown>;

  constructor(source: Record<string, unknown>) {
    this.source = source;
    for (const [key, value] of Object.entries(source)) {
      const normalised = normaliseKey(key);
      if (!this.values.has(normalised)) this.values.set(normalised, value);
    }
  }

  static of(value: unknown): JsonFields | undefined {
    return isRecord(value) ? new JsonFields(value) : undefined;
  }

  /** The first of `names` that is present and not null. */
  get(...names: string[]): unknown {
    for (const name of names) {
      const value = this.values.get(normaliseKey(name));
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  }

  /** The first of `names` that is a non-empty string (numbers are accepted as text). */
  str(...names: string[]): string | undefined {
    for (const name of names) {
      const value = this.values.get(normaliseKey(name));
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
    return undefined;
  }

  /** The first of `names` that is an array (a single object counts as an array of one). */
  list(...names: string[]): unknown[] {
    for (const name of names) {
      const value = this.values.get(normaliseKey(name));
      if (Array.isArray(value)) return value;
      if (isRecord(value)) return [value];
    }
    return [];
  }

  /** Entries whose normalised key starts with `prefix`, e.g. all `body_*` fields. */
  withPrefix(prefix: string): [string, unknown][] {
    const normalised = normaliseKey(prefix);
    return [...this.values].filter(([key]) => key.startsWith(normalised) && key !== normalised);
  }
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

/** A list of `{ name, … }` records or a `{ name: { … } }` map (ninjs 1.x) as records with their names. */
export function namedRecords(value: unknown): { name?: string; fields: JsonFields }[] {
  if (Array.isArray(value)) {
    return value.flatMap((entry) => {
      const fields = JsonFields.of(entry);
      return fields ? [{ name: fields.str('name'), fields }] : [];
    });
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([name, entry]) => {
      const fields = JsonFields.of(entry);
      return fields ? [{ name, fields }] : [];
    });
  }
  return [];
}
