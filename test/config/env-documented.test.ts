/**
 * Every environment variable Herald reads is in the README's configuration
 * table, every row of that table is still read somewhere, and a bad value is
 * refused at start with a message that names the variable.
 *
 * The variables are found in the code, not listed by hand: `env.NAME` and
 * `env['NAME']` in src/config/ (where the environment is read and checked),
 * quoted upper-case names passed to helpers there (`rate(env, 'HERALD_…')`),
 * and any `process.env.NAME` anywhere in src/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Variable name → the files that read it. */
function variablesRead(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (name: string, file: string) => found.set(name, [...(found.get(name) ?? []), path.relative(root, file)]);
  const configDir = path.join(root, 'src', 'config');
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g)) add((m[1] ?? m[2]) as string, file);
    if (!file.startsWith(configDir + path.sep)) continue;
    for (const m of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g)) add((m[1] ?? m[2]) as string, file);
    // Names handed to a helper that reads env[variable] (e.g. rate(env, 'HERALD_API_KEY_RATE_PER_MINUTE', 1200)).
    for (const m of text.matchAll(/\benv,\s*['"]([A-Z][A-Z0-9_]*)['"]/g)) add(m[1] as string, file);
  }
  return found;
}

/** The first column of the table under "## Configuration" in README.md. */
function documentedVariables(): Set<string> {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## Configuration\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return new Set([...section.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|/gm)].map((m) => m[1] as string));
}

describe('environment variables', () => {
  const read = variablesRead();
  const documented = documentedVariables();

  it('finds the variables in the code and the README table (the scan itself works)', () => {
    for (const name of ['PORT', 'DATABASE_URL', 'HERALD_TRUSTED_PROXIES', 'HERALD_WIRE_SOURCES', 'HERALD_API_KEY_RATE_PER_MINUTE']) {
      expect(read.has(name), `${name} not found in src/config`).toBe(true);
      expect(documented.has(name), `${name} not found in the README table`).toBe(true);
    }
  });

  it('documents every variable read in src/ in the README configuration table', () => {
    const missing = [...read].filter(([name]) => !documented.has(name)).map(([name, files]) => `${name} (read in ${[...new Set(files)].join(', ')})`);
    expect(missing, 'add a row for each to the "## Configuration" table in README.md').toEqual([]);
  });

  it('documents no variable that nothing in src/ reads any more', () => {
    const stale = [...documented].filter((name) => !read.has(name));
    expect(stale, 'remove these rows from README.md, or read them in src/config').toEqual([]);
  });

  // A bad value for each variable that has a rule; the start-up error must name the variable.
  const badValues: Record<string, string> = {
    PORT: 'eighty',
    HOST: '',
    DATABASE_URL: 'mysql://localhost/herald',
    REDIS_URL: 'http://localhost:6379',
    HERALD_PUBLIC_URL: 'not a url',
    HERALD_SEED_DEMO: 'flase',
    HERALD_PAGE_CACHE: 'maybe',
    HERALD_PAGE_CACHE_MAX_BYTES: '12kb',
    HERALD_TRUSTED_PROXIES: '10.0.0.300',
    HERALD_MAX_IMAGE_BYTES: 'lots',
    HERALD_MAX_IMAGE_PIXELS: '12',
    HERALD_QUARANTINE_RETENTION_DAYS: '-1',
    HERALD_QUARANTINE_MAX_BYTES: 'none',
    HERALD_SCHEDULER_INTERVAL_MS: 'often',
    HERALD_API_ANON_RATE_PER_MINUTE: 'ten',
    HERALD_API_KEY_RATE_PER_MINUTE: '-5',
    HERALD_API_CORS_ORIGINS: 'app.example.org/path',
    HERALD_WEBHOOK_ALLOW_PRIVATE: 'sometimes',
    HERALD_WEBHOOK_INTERVAL_MS: 'soon',
    HERALD_WIRE_SOURCES: '[{"name":"afp","kind":"fax"}]',
    LOG_LEVEL: 'loud',
  };

  for (const [name, value] of Object.entries(badValues)) {
    it(`refuses ${name}=${JSON.stringify(value)} with a message naming ${name}`, () => {
      expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid configuration: .*${name}`));
    });
  }

  it('accepts the defaults (nothing set) and the documented switch words', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ HERALD_SEED_DEMO: 'off', HERALD_PAGE_CACHE: 'No' })).toMatchObject({ seedDemo: false, pageCache: false });
    expect(loadConfig({ HERALD_SEED_DEMO: '1', HERALD_PAGE_CACHE: 'TRUE' })).toMatchObject({ seedDemo: true, pageCache: true });
  });
});
