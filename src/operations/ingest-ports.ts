/**
 * What the ingest operation needs from the wire parsers and the quarantine
 * folder. They are implemented in src/ingest/ (src/ingest/wire-ingest-ports.ts)
 * and handed in by whoever builds the operation (the wire desk, the CLI), so
 * operations never import a parser: ingest → operations → domain.
 */
import type { WireItem } from '../domain/wire-item.js';

/** Why a file was refused: a stable code (`malformed`, `unsafe`, `too_large`…) and a reason a wire editor can read. */
export interface WireRefusal {
  code: string;
  reason: string;
}

export interface WireParseOptions {
  /** Used in messages only. */
  fileName: string;
  /** Larger files are refused before being read. */
  maxBytes?: number;
  /** The transport's Content-Type; its `charset` parameter is honoured. */
  contentType?: string;
}

export type WireParseOutcome = { ok: true; items: WireItem[] } | { ok: false; refusal: WireRefusal };

export interface WireFileParser {
  /** The file's items, or why it is refused; it throws only on a fault of its own (the file is then not quarantined). */
  parse(bytes: Uint8Array, options: WireParseOptions): WireParseOutcome | Promise<WireParseOutcome>;
}

/** Keeps a refused file byte for byte; answers the name it is stored under. */
export interface QuarantineFiles {
  readonly directory: string;
  keep(fileName: string, bytes: Uint8Array, at: Date): Promise<string>;
}
