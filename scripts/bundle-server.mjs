/**
 * Step 5 of `npm run build` (scripts/build.mjs): the server entry, dist/main.js
 * and what it loads of dist/, bundled by esbuild into dist/bundle/ (main.js
 * and chunks), which `npm start` runs (scripts/run.mjs). Node 20 loads an
 * ES module graph file by file, each with its own resolution, read and
 * compile: the server is several hundred modules, and loading them was most
 * of a cold start. One entry and a few chunks (one per lazily imported part:
 * the admin API's heavy helpers, the wire parsers, the demo seed) load in a
 * fraction of that (docs/adr/0010-cold-start.md).
 *
 * - Packages stay external (native addons, and libraries that check each
 *   other's instances) except the pure-JS ones in BUNDLED_PACKAGES.
 * - A module finds its assets and workers through `import.meta.url` (site.css
 *   beside stylesheet.js, the search worker…): each use is replaced by the URL
 *   of the module's own file under dist/, where those still are.
 * - dist/ itself is left whole: the commands (dist/cli/herald.js), the search
 *   worker and a plain `node dist/main.js` keep running from it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Pure-JS packages no external package imports, so bundling them cannot make a second copy. */
const BUNDLED_PACKAGES = /^kysely(\/|$)/;

/** The module's own file, for `import.meta.url` and friends in a bundle that lives elsewhere. */
function ownUrlPlugin(outdir) {
  return {
    name: 'module-own-url',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        let contents = await fs.promises.readFile(args.path, 'utf8');
        if (contents.includes('import.meta.')) {
          const relative = path.relative(outdir, args.path).split(path.sep).join('/');
          const url = `new URL(${JSON.stringify(relative)}, import.meta.url)`;
          contents = contents
            .replaceAll('import.meta.url', `${url}.href`)
            .replaceAll('import.meta.filename', `__heraldFileURLToPath(${url})`)
            .replaceAll('import.meta.dirname', `__heraldPathDirname(__heraldFileURLToPath(${url}))`);
          if (contents.includes('__herald'))
            contents = `import { fileURLToPath as __heraldFileURLToPath } from 'node:url';\nimport { dirname as __heraldPathDirname } from 'node:path';\n${contents}`;
        }
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGES.test(args.path) ? undefined : { path: args.path, external: true }));
  },
};

/** Bundles dist/main.js into dist/bundle/; false (dist/ stays runnable as it is) when esbuild is not installed. */
export async function bundleServer(dist) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.warn('build: esbuild is not installed; `npm start` will run dist/main.js unbundled (a slower start).');
    return false;
  }
  const outdir = path.join(dist, 'bundle');
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { main: path.join(dist, 'main.js') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    plugins: [externalPackages, ownUrlPlugin(outdir)],
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
  const inputs = Object.keys(result.metafile.inputs).length;
  console.log(`build: bundled the server (${inputs} modules) into dist/bundle/ (${outputs.length} files)`);
  return true;
}
