/** HERALD_METRICS_TOKEN, HERALD_METRICS_ADDRESS and HERALD_SHUTDOWN_TIMEOUT_MS: defaults and refusals naming the variable. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

describe('operations configuration', () => {
  it('defaults to no metrics token, no metrics listener and a 10 s shutdown deadline', () => {
    expect(loadConfig({}).operations).toEqual({ metricsToken: null, metricsAddress: null, shutdownTimeoutMs: 10_000 });
  });

  it('reads the token, the listener address (IPv4, IPv6, host name) and the deadline', () => {
    const config = loadConfig({ HERALD_METRICS_TOKEN: 'a-long-metrics-token', HERALD_METRICS_ADDRESS: '[::1]:9100', HERALD_SHUTDOWN_TIMEOUT_MS: '2500' });
    expect(config.operations).toEqual({ metricsToken: 'a-long-metrics-token', metricsAddress: { host: '::1', port: 9100 }, shutdownTimeoutMs: 2500 });
    expect(loadConfig({ HERALD_METRICS_ADDRESS: '127.0.0.1:9100' }).operations.metricsAddress).toEqual({ host: '127.0.0.1', port: 9100 });
    expect(loadConfig({ HERALD_METRICS_ADDRESS: 'metrics.internal:0' }).operations.metricsAddress).toEqual({ host: 'metrics.internal', port: 0 });
  });

  it.each([
    [{ HERALD_METRICS_TOKEN: 'short' }, /HERALD_METRICS_TOKEN: must be at least 16 characters/],
    [{ HERALD_METRICS_ADDRESS: '9100' }, /HERALD_METRICS_ADDRESS: "9100" is not host:port/],
    [{ HERALD_METRICS_ADDRESS: '127.0.0.1:70000' }, /HERALD_METRICS_ADDRESS/],
    [{ HERALD_METRICS_ADDRESS: '::1:9100' }, /HERALD_METRICS_ADDRESS/],
    [{ HERALD_SHUTDOWN_TIMEOUT_MS: 'soon' }, /HERALD_SHUTDOWN_TIMEOUT_MS: must be a whole number/],
    [{ HERALD_SHUTDOWN_TIMEOUT_MS: '600001' }, /HERALD_SHUTDOWN_TIMEOUT_MS/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
