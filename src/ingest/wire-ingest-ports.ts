/**
 * The ingest operation's ports (src/operations/ingest-ports.ts) implemented by
 * the parsers and the quarantine folder, for the wire desk and the CLI to hand
 * to `ingestWireFiles`.
 */
import path from 'node:path';
import type { QuarantineFiles, WireFileParser } from '../operations/ingest-ports.js';
import { createQuarantineFiles } from './quarantine-files.js';
import { isWireRejection } from './wire-rejection.js';

// The parsers (XML, HTML sanitising, charsets) load with the first wire file, not with the server (docs/adr/0010-cold-start.md).
let parsers: Promise<typeof import('./parse-wire-file.js')> | undefined;

export const wireFileParser: WireFileParser = {
  async parse(bytes, options) {
    const { parseWireFile } = await (parsers ??= import('./parse-wire-file.js'));
    try {
      return { ok: true, items: parseWireFile(bytes, options).items };
    } catch (error) {
      // parseWireFile turns every problem with the file into a WireRejection; anything else is a fault to report, not to quarantine.
      if (isWireRejection(error)) return { ok: false, refusal: { code: error.code, reason: error.reason } };
      throw error;
    }
  },
};

/** The data folder's quarantine (HERALD_DATA_DIR/quarantine). */
export function quarantineFilesFor(dataDir: string): QuarantineFiles {
  return createQuarantineFiles(path.join(dataDir, 'quarantine'));
}

export function wireIngestPorts(dataDir: string): { parser: WireFileParser; quarantine: QuarantineFiles } {
  return { parser: wireFileParser, quarantine: quarantineFilesFor(dataDir) };
}
