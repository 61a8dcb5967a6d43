/**
 * Refused wire files are kept, byte for byte, in the data folder's quarantine
 * directory for inspection. Names carry the time and a random part so two
 * files with the same name never overwrite each other.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface QuarantineFiles {
  readonly directory: string;
  keep(fileName: string, bytes: Uint8Array, at: Date): Promise<string>;
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
  };
}
