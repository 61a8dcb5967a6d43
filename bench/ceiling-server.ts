/**
 * The ceiling: a bare node:http server answering every request with a fixed
 * HTML page of the same size as Herald's article page. Herald's figures are
 * reported as ratios of this, measured in the same run on the same machine.
 * An optional third argument, a JSON object of headers, makes it send those
 * too (bench/run.ts passes Herald's own article headers for a second ceiling
 * that sends the very same bytes, headers included).
 */
import http from 'node:http';

const size = Number(process.argv[2] ?? 30000);
const port = Number(process.argv[3] ?? 0);
const extraHeaders = JSON.parse(process.argv[4] ?? '{}') as Record<string, string>;
const page = Buffer.from(`<!doctype html><html lang="en"><body>${'x'.repeat(Math.max(0, size - 60))}</body></html>`);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { ...extraHeaders, 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
  response.end(page);
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : port}\n`);
});
