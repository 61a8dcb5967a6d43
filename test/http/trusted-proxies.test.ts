/**
 * HERALD_TRUSTED_PROXIES: X-Forwarded-For counts only when the connection
 * comes from a configured proxy. By default no proxy is trusted, so a client
 * cannot pick the address the per-IP sign-in limit counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { postLogin } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const PER_IP_LIMIT = 20;

async function lastFailureDetails(running: RunningApp): Promise<string | null | undefined> {
  const { items } = await running.app.store.accounts.listAudit({ limit: 5, offset: 0 });
  return items.find((entry) => entry.action === 'login_failed')?.details;
}

describe('HERALD_TRUSTED_PROXIES in the configuration', () => {
  it('defaults to no trusted proxy', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
  });

  it('takes comma-separated addresses and CIDR ranges', () => {
    expect(loadConfig({ HERALD_TRUSTED_PROXIES: ' 10.0.0.5, 10.0.0.0/8,fd00::/8 ,::1' }).trustedProxies).toEqual([
      '10.0.0.5', '10.0.0.0/8', 'fd00::/8', '::1',
    ]);
  });

  it.each(['true', '*', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/8', 'fd00::/129', '300.1.1.1'])(
    'refuses %s at start with a message naming the variable',
    (value) => {
      expect(() => loadConfig({ HERALD_TRUSTED_PROXIES: value })).toThrow(/HERALD_TRUSTED_PROXIES: .*not an IP address or CIDR range/);
    },
  );
});

for (const kind of testStoreKinds) {
  describe(`client addresses without a trusted proxy on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => running?.stop());

    it('ignores X-Forwarded-For: a burst from one socket is limited per IP whatever it claims', async () => {
      const statuses: number[] = [];
      // A different email each time, so only the per-IP limit can answer 429.
      for (let i = 0; i <= PER_IP_LIMIT; i++) {
        const response = await postLogin(running, `nobody-${i}@herald.example`, 'not the password', { 'x-forwarded-for': `203.0.113.${i + 1}` });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, PER_IP_LIMIT)).toEqual(Array(PER_IP_LIMIT).fill(401));
      expect(statuses[PER_IP_LIMIT]).toBe(429);
      expect(await lastFailureDetails(running)).toMatch(/from 127\.0\.0\.1$/);
    });
  });

  describe(`client addresses behind a trusted proxy on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_TRUSTED_PROXIES: '127.0.0.1' } });
    });
    afterAll(async () => running?.stop());

    it('uses the forwarded address when the connection comes from the proxy', async () => {
      const response = await postLogin(running, 'nobody@herald.example', 'not the password', { 'x-forwarded-for': '198.51.100.7' });
      expect(response.status).toBe(401);
      expect(await lastFailureDetails(running)).toMatch(/from 198\.51\.100\.7$/);
    });
  });
}
