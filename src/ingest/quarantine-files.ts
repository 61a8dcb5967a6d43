/**
 * Refused wire files are kept, byte for byte, in the data folder's quarantine
 * directory for inspection. Names carry the time and a random part so two
 * files with the same name never overwrite each other; the time in the name
 * (the ingest clock's, not the file system's) is what retention goes by.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface QuarantinedFile {
  storedName: string;
  size: number;
  keptAt: Date;
}

export interface QuarantineFiles {
  readonly directory: string;
  keep(fileName: string, bytes: Uint8Array, at: Date): Promise<string>;
  /** Every kept file (and leftover temporary file), oldest first. */
  list(): Promise<QuarantinedFile[]>;
  /** Removes these files; names that are not quarantine files, or are gone already, are skipped. */
  remove(storedNames: readonly string[]): Promise<void>;
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-[0-9a-f]{8}-/;

function stampOf(storedName: string): Date | null {
  const m = STAMP.exec(storedName);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : null;
}

export function createQuarantineFiles(directory: string): QuarantineFiles {
  return {
    directory,
    async keep(fileName, bytes, at) {
      await fs.mkdir(directory, { recursive: true });
      const base = path.basename(fileName).replace(/[^A-Za-z0-9._-]+/g, '_').slice(-80) || 'unnamed';
      const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..+/, '');
      const storedName = `${stamp}-${randomBytes(4).toString('hex')}-${base}`;
      const target = path.join(directory, storedName);
      await fs.writeFile(`${target}.tmp`, bytes);
      await fs.rename(`${target}.tmp`, target);
      return storedName;
    },
    async list() {
      const entries = await fs.readdir(directory, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      const files: QuarantinedFile[] = [];
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const stat = await fs.stat(path.join(directory, entry.name)).catch(() => null);
        if (!stat) continue;
        // Files not named by keep() (copied in by hand) age by their modification time.
        files.push({ storedName: entry.name, size: stat.size, keptAt: stampOf(entry.name) ?? stat.mtime });
      }
      return files.sort((a, b) => a.keptAt.getTime() - b.keptAt.getTime() || a.storedName.localeCompare(b.storedName));
    },
    async remove(storedNames) {
      for (const name of storedNames) {
        if (name !== path.basename(name) || name === '.' || name === '..') continue;
        await fs.rm(path.join(directory, name), { force: true });
      }
    },
  };
}
