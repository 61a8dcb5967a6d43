/** HERALD_WIRE_SOURCES and HERALD_WIRE_PICTURE_HOSTS: validated at start-up with messages that name the entry and the field. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { parseWireSources } from '../../src/config/wire-sources.js';

const sources = (value: unknown) => () => parseWireSources(JSON.stringify(value));

describe('wire source configuration', () => {
  it('reads folder, push and poll sources with their defaults', () => {
    expect(
      parseWireSources(JSON.stringify([
        { name: 'afp', kind: 'folder', path: 'data/afp' },
        { name: 'dpa', kind: 'push', token: 'a-long-enough-secret' },
        { name: 'reuters', kind: 'poll', url: 'http://127.0.0.1:8080/feed.xml', intervalSeconds: 60 },
      ])),
    ).toEqual([
      { name: 'afp', kind: 'folder', path: path.resolve('data/afp'), intervalMs: 2000 },
      { name: 'dpa', kind: 'push', token: 'a-long-enough-secret' },
      { name: 'reuters', kind: 'poll', url: 'http://127.0.0.1:8080/feed.xml', intervalSeconds: 60 },
    ]);
    expect(parseWireSources(undefined)).toEqual([]);
    expect(parseWireSources('  ')).toEqual([]);
  });

  it('refuses bad entries with a message naming the variable, the entry and the field', () => {
    expect(() => parseWireSources('[{"name":')).toThrow(/^Invalid configuration: HERALD_WIRE_SOURCES is not valid JSON/);
    expect(sources([{ name: 'dpa', kind: 'push', token: 'short' }])).toThrow(
      'Invalid configuration: HERALD_WIRE_SOURCES: source 1 (token): a push token must be at least 16 characters',
    );
    expect(sources([{ name: 'x', kind: 'poll', url: 'ftp://example.com/feed' }])).toThrow(/source 1 \(url\): the feed URL must be http or https/);
    expect(sources([{ name: 'x', kind: 'carrier-pigeon' }])).toThrow(/source 1 \(kind\)/);
    expect(sources([{ name: 'x', kind: 'folder', path: '/in', extra: true }])).toThrow(/source 1: .*extra/);
    expect(sources([{ name: 'afp', kind: 'folder', path: '/a' }, { name: 'AFP', kind: 'folder', path: '/b' }])).toThrow(
      /source 2 \(name\): the name "AFP" is used twice/,
    );
    expect(sources({ name: 'afp' })).toThrow(/the list: /);
  });

  it('is part of loadConfig, so a bad value stops the start', () => {
    expect(() => loadConfig({ HERALD_WIRE_SOURCES: '[{"name":"a b","kind":"push","token":"0123456789abcdef"}]' })).toThrow(/source 1 \(name\)/);
    const config = loadConfig({ HERALD_WIRE_PICTURE_HOSTS: ' Pictures.AFP.com, 127.0.0.1 ,' });
    expect(config.wirePictureHosts).toEqual(['pictures.afp.com', '127.0.0.1']);
    expect(loadConfig({}).wirePictureHosts).toBeNull();
  });
});
