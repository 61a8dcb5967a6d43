import { generateWireCorpus } from '../../src/ingest/generate-wire-corpus.js';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
const files = [...generateWireCorpus({ newsmlG2: 3000, ninjs: 0, seed: 42 })];
const s = performance.now();
for (let r = 0; r < 3; r++) for (const f of files) parseWireFile(f.bytes);
console.log(((performance.now() - s) / files.length / 3 * 1000).toFixed(0), 'µs/item');
