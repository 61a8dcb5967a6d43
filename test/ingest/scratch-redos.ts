import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
const big = (s: string, n: number) => s.repeat(n);
const cases: Record<string, string> = {
  dateline: `<newsItem guid="g" version="1"><contentMeta><dateline>${big(' -', 2_000_000)}x</dateline></contentMeta></newsItem>`,
  bylineOpen: `<newsItem guid="g" version="1"><contentSet><inlineXML><![CDATA[${big('<byline>', 500_000)}]]></inlineXML></contentSet></newsItem>`,
  ltRun: `<rss version="2.0"><channel><item><guid>g</guid><title>${big('&lt;p ', 800_000)}</title><description>${big('&lt;', 1_000_000)}</description></item></channel></rss>`,
  inlineData: `<newsItem guid="g" version="1"><contentSet><inlineData contenttype="text/plain">${big('&lt;', 2_000_000)}</inlineData></contentSet></newsItem>`,
  amp: JSON.stringify({ uri: 'u', headline: big('&a', 2_000_000), body_html: big('<a ', 1_000_000) }),
  manyP: JSON.stringify({ uri: 'u', headline: 'h', body_html: big('<p>x', 500_000) }),
  nested: JSON.stringify({ uri: 'u', headline: 'h', body_html: big('<ul><li>', 200_000) }),
  spaces: JSON.stringify({ uri: 'u', headline: 'h', body_text: big('\n' + ' '.repeat(50), 100_000) }),
  jsonDeep: big('[', 1_000_000),
  attrs: `<newsItem guid="g" version="1">${big('<a b="c"/>', 500_000)}</newsItem>`,
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  let out = '';
  try { const r = parseWireFile(new TextEncoder().encode(text)); out = `ok ${r.items.length}`; } catch (e: any) { out = `${e.code}: ${String(e.reason).slice(0, 80)}`; }
  console.log(name.padEnd(12), (text.length / 1e6).toFixed(1) + 'MB', (performance.now() - t0).toFixed(0) + 'ms', out);
}
