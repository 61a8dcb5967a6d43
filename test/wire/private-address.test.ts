import { describe, expect, it } from 'vitest';
import { createPictureFetcher } from '../../src/ingest/sources/remote-picture.js';
import { isPrivateAddress } from '../../src/ingest/sources/private-address.js';

describe('pictures from agency copy never reach internal addresses', () => {
  it('classifies addresses', () => {
    for (const inner of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '0.0.0.0', '::ffff:127.0.0.1'])
      expect(isPrivateAddress(inner), inner).toBe(true);
    for (const outer of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8']) expect(isPrivateAddress(outer), outer).toBe(false);
  });

  it('refuses loopback, metadata and private hosts unless they are listed, without fetching', async () => {
    let fetched = 0;
    const fetchPicture = createPictureFetcher({ allowedHosts: null, maxBytes: 1024, fetch: (async () => { fetched++; return new Response('x'); }) as typeof fetch });
    for (const href of ['http://127.0.0.1/a.jpg', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/a.jpg', 'http://localhost/a.jpg', 'http://10.0.0.5/x.png'])
      await expect(fetchPicture(href)).rejects.toThrow(/internal address/);
    expect(fetched).toBe(0);
  });
});
