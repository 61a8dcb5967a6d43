/**
 * One fingerprint of everything the compiled server is made from (every file
 * under src/ and tsconfig.build.json), written by scripts/build.mjs into
 * dist/build-info.json and compared by scripts/run.mjs, so `npm start` knows
 * whether dist/ is current. Content, not modification times: a fresh clone or
 * a copied release has new mtimes but the same files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function listFiles(dir, root, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, root, out);
    else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

/** The fingerprint of `root`'s sources, or null when there is no src/ (a dist-only deployment). */
export function sourceHash(root) {
  const src = path.join(root, 'src');
  if (!fs.existsSync(src)) return null;
  const hash = createHash('sha256');
  const files = [...listFiles(src, root, []), 'tsconfig.build.json'];
  for (const file of files) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    // Length-prefixed name and content, so no two different trees hash alike.
    const bytes = fs.readFileSync(full);
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
